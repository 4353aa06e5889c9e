namespace ServiceBot.Domain.Cases.Events;

public sealed record CaseAnswered(Guid CaseId, string CaseNumber, DateTimeOffset OccurredAt, string Answer, DateTimeOffset EvaluationDue)
    : CaseEvent(CaseId, CaseNumber, OccurredAt);
