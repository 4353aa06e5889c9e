namespace ServiceBot.Domain.Cases.Events;

public sealed record CaseClosed(Guid CaseId, string CaseNumber, DateTimeOffset OccurredAt, CloseReason Reason)
    : CaseEvent(CaseId, CaseNumber, OccurredAt);
