namespace ServiceBot.Domain.Cases.Events;

public sealed record CaseSubmitted(Guid CaseId, string CaseNumber, DateTimeOffset OccurredAt, Guid EnterpriseId)
    : CaseEvent(CaseId, CaseNumber, OccurredAt);
