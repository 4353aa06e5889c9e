namespace ServiceBot.Domain.Cases.Events;

public sealed record CaseExtensionRequested(Guid CaseId, string CaseNumber, DateTimeOffset OccurredAt, DateOnly RequestedDueDate, string Reason)
    : CaseEvent(CaseId, CaseNumber, OccurredAt);
