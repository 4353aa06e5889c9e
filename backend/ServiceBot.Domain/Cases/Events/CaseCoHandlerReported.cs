namespace ServiceBot.Domain.Cases.Events;

public sealed record CaseCoHandlerReported(Guid CaseId, string CaseNumber, DateTimeOffset OccurredAt, string BureauCode, string Input)
    : CaseEvent(CaseId, CaseNumber, OccurredAt);
