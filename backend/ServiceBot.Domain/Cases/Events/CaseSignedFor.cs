namespace ServiceBot.Domain.Cases.Events;

public sealed record CaseSignedFor(Guid CaseId, string CaseNumber, DateTimeOffset OccurredAt, string BureauCode)
    : CaseEvent(CaseId, CaseNumber, OccurredAt);
