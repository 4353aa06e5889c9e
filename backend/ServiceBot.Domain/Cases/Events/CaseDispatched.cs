namespace ServiceBot.Domain.Cases.Events;

/// <summary>
/// 交办 (also on redispatch and on an approved return): the lead bureau, co-handlers and the new deadlines.
/// <paramref name="ConfirmedByReporter"/>: the reporter already saw and confirmed this routing (see
/// <see cref="DispatchPlan"/>). It is last and defaulted so events stored before it existed still read.
/// </summary>
public sealed record CaseDispatched(
    Guid CaseId, string CaseNumber, DateTimeOffset OccurredAt, string LeadBureauCode, IReadOnlyList<string> CoHandlerCodes, DateTimeOffset SignForDue, DateTimeOffset AnswerDue, bool IsRedispatch,
    bool ConfirmedByReporter = false)
    : CaseEvent(CaseId, CaseNumber, OccurredAt);
