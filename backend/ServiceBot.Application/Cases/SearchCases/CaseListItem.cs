using ServiceBot.Application.Cases.Common;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Sla;

namespace ServiceBot.Application.Cases.SearchCases;

/// <summary>
/// A case in a console list: what it is, where it stands, and its most pressing clock (highest light, then nearest
/// due date) with the light and the remaining working days as the calendar counts them.
/// </summary>
public sealed record CaseListItem(
    string Number,
    string Title,
    string TypeName,
    string Category,
    CaseState State,
    string StateName,
    CaseUrgency Urgency,
    EscalationLevel EscalationLevel,
    string EnterpriseName,
    string? Town,
    BureauRef? LeadBureau,
    BureauRef? SuggestedBureau,
    double? TriageConfidence,
    DateTimeOffset SubmittedAt,
    ClockView? Clock,
    TrafficLight Light);
