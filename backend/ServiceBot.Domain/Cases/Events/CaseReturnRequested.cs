namespace ServiceBot.Domain.Cases.Events;

/// <summary>退单: the lead bureau says the case is not theirs.</summary>
public sealed record CaseReturnRequested(Guid CaseId, string CaseNumber, DateTimeOffset OccurredAt, string BureauCode, string Reason)
    : CaseEvent(CaseId, CaseNumber, OccurredAt);
