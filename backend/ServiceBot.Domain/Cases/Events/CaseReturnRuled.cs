namespace ServiceBot.Domain.Cases.Events;

public sealed record CaseReturnRuled(Guid CaseId, string CaseNumber, DateTimeOffset OccurredAt, bool Approved, string ReturningBureauCode)
    : CaseEvent(CaseId, CaseNumber, OccurredAt);
