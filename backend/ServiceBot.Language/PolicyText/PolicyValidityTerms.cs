namespace ServiceBot.Language.PolicyText;

/// <summary>
/// What a text says about when it applies: explicit dates, or a rule relative to publication
/// ("自公布之日起30日后施行"), or a validity in years ("有效期3年"), and the sentence that says so.
/// </summary>
public sealed record PolicyValidityTerms(
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveUntil,
    int? EffectiveDaysAfterPublication,
    int? ValidForYears,
    string? Clause)
{
    public static PolicyValidityTerms None { get; } = new(null, null, null, null, null);

    /// <summary>The first day in force: the explicit date, else the publication date plus the stated delay.</summary>
    public DateOnly? ResolveEffectiveFrom(DateOnly? publishedOn) =>
        EffectiveFrom ?? (publishedOn is { } p && EffectiveDaysAfterPublication is { } days ? p.AddDays(days) : null);

    /// <summary>The last day in force: the explicit date, else the start plus the stated years, less a day.</summary>
    public DateOnly? ResolveEffectiveUntil(DateOnly? effectiveFrom) =>
        EffectiveUntil ?? (effectiveFrom is { } from && ValidForYears is { } years ? from.AddYears(years).AddDays(-1) : null);
}
