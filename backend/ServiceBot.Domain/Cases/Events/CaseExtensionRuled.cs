namespace ServiceBot.Domain.Cases.Events;

public sealed record CaseExtensionRuled(Guid CaseId, string CaseNumber, DateTimeOffset OccurredAt, bool Approved, DateTimeOffset AnswerDue)
    : CaseEvent(CaseId, CaseNumber, OccurredAt);
