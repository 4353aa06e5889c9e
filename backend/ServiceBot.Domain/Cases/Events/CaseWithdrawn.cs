namespace ServiceBot.Domain.Cases.Events;

public sealed record CaseWithdrawn(Guid CaseId, string CaseNumber, DateTimeOffset OccurredAt, string Reason)
    : CaseEvent(CaseId, CaseNumber, OccurredAt);
