namespace ServiceBot.Domain.Cases.Events;

/// <summary>催办, 督办 or 提级; <see cref="LeaderCode"/> is set for 提级.</summary>
public sealed record CaseEscalated(Guid CaseId, string CaseNumber, DateTimeOffset OccurredAt, EscalationLevel Level, string Reason, string? LeaderCode)
    : CaseEvent(CaseId, CaseNumber, OccurredAt);
