namespace ServiceBot.Domain.Cases.Events;

public sealed record CaseInformationSupplied(Guid CaseId, string CaseNumber, DateTimeOffset OccurredAt, string Information)
    : CaseEvent(CaseId, CaseNumber, OccurredAt);
