namespace ServiceBot.Domain.Cases.Events;

/// <summary>重办: the lead bureau handles the case again with a new answer deadline.</summary>
public sealed record CaseReopened(Guid CaseId, string CaseNumber, DateTimeOffset OccurredAt, string Reason, DateTimeOffset AnswerDue)
    : CaseEvent(CaseId, CaseNumber, OccurredAt);
