namespace ServiceBot.Domain.Cases.Events;

public sealed record CaseContactLogged(Guid CaseId, string CaseNumber, DateTimeOffset OccurredAt, string Note)
    : CaseEvent(CaseId, CaseNumber, OccurredAt);
