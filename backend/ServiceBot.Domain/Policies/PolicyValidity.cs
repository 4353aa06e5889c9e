namespace ServiceBot.Domain.Policies;

/// <summary>
/// When a policy applies: the first and last day in force, either possibly unknown, and the sentence that says so.
/// A document that states neither is presumed in force: county policies without a stated period stay in force
/// until replaced or withdrawn.
/// </summary>
public sealed record PolicyValidity(DateOnly? EffectiveFrom, DateOnly? EffectiveUntil, string? Clause)
{
    public static PolicyValidity Unknown { get; } = new(null, null, null);

    /// <summary>The status on <paramref name="today"/> (a calendar date in the service's time zone).</summary>
    public PolicyValidityStatus On(DateOnly today) =>
        EffectiveUntil is { } until && until < today ? PolicyValidityStatus.Expired
        : EffectiveFrom is { } from && from > today ? PolicyValidityStatus.NotYetEffective
        : PolicyValidityStatus.InForce;
}
