namespace ServiceBot.Domain.Cases.Events;

public sealed record CaseInformationRequested(Guid CaseId, string CaseNumber, DateTimeOffset OccurredAt, string Question)
    : CaseEvent(CaseId, CaseNumber, OccurredAt);
