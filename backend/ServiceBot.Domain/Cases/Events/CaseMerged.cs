namespace ServiceBot.Domain.Cases.Events;

public sealed record CaseMerged(Guid CaseId, string CaseNumber, DateTimeOffset OccurredAt, string IntoCaseNumber)
    : CaseEvent(CaseId, CaseNumber, OccurredAt);
