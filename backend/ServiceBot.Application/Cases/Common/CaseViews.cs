using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Sla;

namespace ServiceBot.Application.Cases.Common;

/// <summary>A bureau as shown with a case: its stable code and its name.</summary>
public sealed record BureauRef(string Code, string Name);

public sealed record EnterpriseSummary(Guid Id, string Name, string CreditCode, string? Town, string? Industry);

public sealed record CoHandlerView(BureauRef Bureau, string? Input, DateTimeOffset? InputAt);

/// <summary>
/// A clock in China time; <see cref="Overdue"/>, <see cref="Light"/> and <see cref="RemainingWorkingDays"/> are
/// judged at the time of the query. <see cref="RemainingWorkingDays"/> counts the working days after today up to the
/// due day (0: due today; negative: the working days since it), for running or paused working-day clocks.
/// </summary>
public sealed record ClockView(
    ClockKind Kind,
    string Name,
    string? BureauCode,
    ClockStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset DueAt,
    DateOnly DueDate,
    bool Provisional,
    bool IsWorkingDays,
    int Amount,
    DateTimeOffset? CompletedAt,
    bool? MetDeadline,
    bool Overdue,
    TrafficLight Light,
    string LightName,
    int? RemainingWorkingDays);

public sealed record TimelineItem(
    int Sequence,
    string Action,
    string Label,
    CaseState? FromState,
    CaseState? ToState,
    string ActorName,
    string ActorRole,
    string? ActorBureauCode,
    DateTimeOffset At,
    string? Note,
    IReadOnlyDictionary<string, string> Data);

public sealed record AttachmentView(Guid Id, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt);

public sealed record EvaluationView(EvaluationRating Rating, string RatingName, bool Solved, string? Comment, DateTimeOffset At);

public sealed record TriageView(string? BureauCode, double? Confidence, string? Explanation);

/// <summary>An action the caller may take now, as used in <c>POST /api/cases/{number}/actions/{name}</c>.</summary>
public sealed record PermittedAction(string Name, string Label);

public sealed record CaseDetail(
    string Number,
    string Title,
    string Description,
    CaseType Type,
    string TypeName,
    string Category,
    string Channel,
    CaseUrgency Urgency,
    string? UrgencyReason,
    CaseComplexity Complexity,
    CaseState State,
    string StateName,
    EscalationLevel EscalationLevel,
    string? EscalatedToLeaderCode,
    EnterpriseSummary Enterprise,
    string ContactName,
    string ContactMobile,
    BureauRef? LeadBureau,
    IReadOnlyList<CoHandlerView> CoHandlers,
    TriageView Triage,
    string? Answer,
    string? PendingAnswer,
    string? PendingInformationRequest,
    DateOnly? RequestedExtensionDate,
    CloseReason? CloseReason,
    string? MergedIntoNumber,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? DispatchedAt,
    DateTimeOffset? SignedForAt,
    DateTimeOffset? AnsweredAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<ClockView> Clocks,
    IReadOnlyList<TimelineItem> Timeline,
    IReadOnlyList<AttachmentView> Attachments,
    IReadOnlyList<EvaluationView> Evaluations,
    IReadOnlyList<PermittedAction> PermittedActions,
    long Version);

public sealed record CaseSummary(
    string Number,
    string Title,
    CaseType Type,
    string Category,
    CaseState State,
    string StateName,
    CaseUrgency Urgency,
    EscalationLevel EscalationLevel,
    string EnterpriseName,
    BureauRef? LeadBureau,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? AnswerDue,
    bool Overdue);
