using ServiceBot.Domain.Cases.Events;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Enterprises;

namespace ServiceBot.Domain.Cases;

/// <summary>
/// An enterprise's case (诉求): a problem, a policy consultation, a suggestion or a complaint, routed to a lead bureau
/// with deadlines, and its append-only timeline. Every change goes through one lifecycle action
/// (see <c>Case.Lifecycle.cs</c>).
/// </summary>
public sealed partial class Case : AggregateRoot
{
    public const int MinDescriptionLength = 10;
    public const int MaxDescriptionLength = 4000;
    public const int MaxNoteLength = 4000;

    private readonly List<CaseCoHandler> _coHandlers = [];
    private readonly List<CaseClock> _clocks = [];
    private readonly List<TimelineEntry> _timeline = [];
    private readonly List<CaseAttachment> _attachments = [];
    private readonly List<CaseEvaluation> _evaluations = [];

    private Case()
    {
        Number = string.Empty;
        Channel = string.Empty;
        Category = string.Empty;
        Title = string.Empty;
        Description = string.Empty;
        ContactName = string.Empty;
        ContactMobile = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The human-readable number, e.g. <c>QY2026-000123</c>.</summary>
    public string Number { get; private set; }

    /// <summary>Where the case came from: <c>webchat</c>, <c>directline</c>, <c>api</c>, <c>console</c>, or a Bot Framework channel id.</summary>
    public string Channel { get; private set; }

    public CaseType Type { get; private set; }

    public string Category { get; private set; }

    public string Title { get; private set; }

    public string Description { get; private set; }

    public CaseUrgency Urgency { get; private set; }

    public string? UrgencyReason { get; private set; }

    public CaseComplexity Complexity { get; private set; }

    public Guid EnterpriseId { get; private set; }

    public string ContactName { get; private set; }

    public string ContactMobile { get; private set; }

    /// <summary>The conversation the case was reported in, so the enterprise hears back there.</summary>
    public string? ConversationId { get; private set; }

    public CaseState State { get; private set; }

    public string? LeadBureauCode { get; private set; }

    public IReadOnlyList<CaseCoHandler> CoHandlers => _coHandlers;

    public bool RequiresAnswerApproval { get; private set; }

    public EscalationLevel EscalationLevel { get; private set; }

    public string? EscalatedToLeaderCode { get; private set; }

    public string? SuggestedBureauCode { get; private set; }

    public double? TriageConfidence { get; private set; }

    public string? TriageExplanation { get; private set; }

    public string? Answer { get; private set; }

    public string? PendingAnswer { get; private set; }

    public string? PendingInformationRequest { get; private set; }

    public DateOnly? RequestedExtensionDate { get; private set; }

    public DateTimeOffset? ReturnDeadline { get; private set; }

    public int ReturnCount { get; private set; }

    public int ExtensionCount { get; private set; }

    public int ReopenCount { get; private set; }

    public int UnsatisfiedCount { get; private set; }

    public Guid? MergedIntoCaseId { get; private set; }

    public string? MergedIntoNumber { get; private set; }

    public CloseReason? CloseReason { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public DateTimeOffset? DispatchedAt { get; private set; }

    public DateTimeOffset? SignedForAt { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public DateTimeOffset LastChangedAt { get; private set; }

    /// <summary>Optimistic concurrency: incremented by every change, checked on save.</summary>
    public long Version { get; private set; }

    /// <summary>
    /// How many timeline entries the case has, so an action can append the next one without loading the whole
    /// timeline.
    /// </summary>
    public int TimelineLength { get; private set; }

    public IReadOnlyList<CaseClock> Clocks => _clocks;

    public IReadOnlyList<TimelineEntry> Timeline => _timeline;

    public IReadOnlyList<CaseAttachment> Attachments => _attachments;

    public IReadOnlyList<CaseEvaluation> Evaluations => _evaluations;

    public bool IsOpen => State is not (CaseState.Closed or CaseState.Withdrawn or CaseState.Merged);

    public bool IsCoHandler(string bureauCode) => _coHandlers.Any(c => string.Equals(c.BureauCode, bureauCode, StringComparison.Ordinal));

    public CaseClock? ActiveClock(ClockKind kind, string? bureauCode = null) =>
        _clocks.FirstOrDefault(c => c.Kind == kind && c.IsActive && string.Equals(c.BureauCode, bureauCode, StringComparison.Ordinal));

    /// <summary>Accepts a new case (受理). The number comes from the per-year sequence of the store.</summary>
    public static Result<Case> Submit(CaseSubmission submission, string number, LifecycleContext context)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(context);
        var description = submission.Description?.Trim() ?? string.Empty;
        if (description.Length < MinDescriptionLength)
        {
            return Error.Validation("case.description.tooShort", $"请把问题描述得再具体一些（至少{MinDescriptionLength}个字），例如发生了什么、涉及哪个项目、希望得到什么帮助。");
        }

        if (description.Length > MaxDescriptionLength)
        {
            return Error.Validation("case.description.tooLong", $"问题描述不能超过{MaxDescriptionLength}个字。");
        }

        if (submission.Urgency == CaseUrgency.Urgent && string.IsNullOrWhiteSpace(submission.UrgencyReason))
        {
            return Error.Validation("case.urgency.reasonRequired", "紧急诉求请说明紧急的原因。");
        }

        var contactName = submission.ContactName?.Trim() ?? string.Empty;
        if (contactName.Length is < 1 or > 50)
        {
            return Error.Validation("case.contact.name", "请填写联系人姓名（不超过50个字）。");
        }

        var mobile = MobileNumber.Parse(submission.ContactMobile);
        if (!mobile.IsSuccess)
        {
            return mobile.Error!;
        }

        var created = new Case
        {
            Id = Guid.NewGuid(),
            Number = number,
            Channel = string.IsNullOrWhiteSpace(submission.Channel) ? "api" : submission.Channel.Trim(),
            Type = submission.Type,
            Category = string.IsNullOrWhiteSpace(submission.Category) ? "其他" : submission.Category.Trim(),
            Title = MakeTitle(description),
            Description = description,
            Urgency = submission.Urgency,
            UrgencyReason = submission.Urgency == CaseUrgency.Urgent ? submission.UrgencyReason!.Trim() : null,
            Complexity = submission.Complexity,
            EnterpriseId = submission.EnterpriseId,
            ContactName = contactName,
            ContactMobile = mobile.Value,
            ConversationId = submission.ConversationId,
            State = CaseState.Submitted,
            SubmittedAt = context.Now,
            LastChangedAt = context.Now,
        };
        created.Append("Submit", null, CaseState.Submitted, context, null, new Dictionary<string, string>
        {
            ["type"] = created.Type.ToString(),
            ["category"] = created.Category,
            ["channel"] = created.Channel,
        });
        created.Raise(new CaseSubmitted(created.Id, created.Number, context.Now, created.EnterpriseId));
        return created;
    }

    /// <summary>Records triage's proposal, shown to the coordinator with its explanation.</summary>
    public void RecordTriage(string? bureauCode, double confidence, string? explanation, string? category)
    {
        SuggestedBureauCode = bureauCode;
        TriageConfidence = confidence;
        TriageExplanation = explanation;
        if (!string.IsNullOrWhiteSpace(category) && Category == "其他")
        {
            Category = category;
        }
    }

    /// <summary>Records a stored file on an open case; returns the attachment's id.</summary>
    public Result<Guid> AddAttachment(string fileName, string contentType, long size, string storageKey, LifecycleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IsOpen)
        {
            return Error.Conflict("case.closed", "诉求已办结或撤回，不能再添加附件。");
        }

        var attachment = new CaseAttachment(fileName, contentType, size, storageKey, context.Actor.Id, context.Now);
        _attachments.Add(attachment);
        Append("AttachFile", State, State, context, null, new Dictionary<string, string> { ["file"] = fileName, ["attachmentId"] = attachment.Id.ToString() });
        return attachment.Id;
    }

    private static string MakeTitle(string description)
    {
        var firstLine = description.Split('\n', 2)[0].Trim();
        return firstLine.Length <= 40 ? firstLine : string.Concat(firstLine.AsSpan(0, 40), "…");
    }

    private void Append(string action, CaseState? from, CaseState? to, LifecycleContext context, string? note, IReadOnlyDictionary<string, string>? data)
    {
        TimelineLength++;
        _timeline.Add(new TimelineEntry(TimelineLength, action, from, to, context.Actor, context.Now, note, data));
        LastChangedAt = context.Now;
        Version++;
    }
}
