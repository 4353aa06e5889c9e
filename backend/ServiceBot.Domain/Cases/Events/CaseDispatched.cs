namespace ServiceBot.Domain.Cases.Events;

/// <summary>交办 (also on redispatch and on an approved return): the lead bureau, co-handlers and the new deadlines.</summary>
public sealed record CaseDispatched(
    Guid CaseId, string CaseNumber, DateTimeOffset OccurredAt, string LeadBureauCode, IReadOnlyList<string> CoHandlerCodes, DateTimeOffset SignForDue, DateTimeOffset AnswerDue, bool IsRedispatch)
    : CaseEvent(CaseId, CaseNumber, OccurredAt);
