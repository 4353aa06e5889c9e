using ServiceBot.Domain.Policies;

namespace ServiceBot.Application.Policies.Common;

/// <summary>Whether a policy applies today, its dates, and the sentence to tell people ("该政策已于2023年12月31日到期…").</summary>
public sealed record PolicyValidityView(PolicyValidityStatus Status, DateOnly? EffectiveFrom, DateOnly? EffectiveUntil, string Notice, string? Clause);
