using ServiceBot.Domain.Cases;

namespace ServiceBot.Application.Policies.Common;

/// <summary>
/// The consultation case (政策咨询) the bot can file for a question: the bureau it would go to (or null for the
/// coordinator's office), why, how complex it is, and the answer deadline of the SLA configuration — counted from
/// dispatch, so <see cref="DueIfDispatchedToday"/> is the date if it is dispatched today.
/// </summary>
public sealed record PolicyConsultationOffer(
    string? BureauCode,
    string? BureauName,
    ConsultationRouting Routing,
    string Reason,
    CaseComplexity Complexity,
    int AnswerWorkingDays,
    DateOnly DueIfDispatchedToday,
    string Text);
