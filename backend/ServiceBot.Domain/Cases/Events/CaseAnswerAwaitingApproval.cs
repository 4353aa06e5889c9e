namespace ServiceBot.Domain.Cases.Events;

public sealed record CaseAnswerAwaitingApproval(Guid CaseId, string CaseNumber, DateTimeOffset OccurredAt, string BureauCode)
    : CaseEvent(CaseId, CaseNumber, OccurredAt);
