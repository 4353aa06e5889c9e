namespace ServiceBot.Domain.Cases.Events;

public sealed record CaseEvaluated(Guid CaseId, string CaseNumber, DateTimeOffset OccurredAt, EvaluationRating Rating, bool Solved)
    : CaseEvent(CaseId, CaseNumber, OccurredAt);
