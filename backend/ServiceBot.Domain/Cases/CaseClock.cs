using ServiceBot.Domain.Calendar;
using ServiceBot.Domain.Sla;

namespace ServiceBot.Domain.Cases;

/// <summary>
/// One deadline of a case (办理时限). Working-day clocks follow the counting rule of <see cref="DeadlineCalculator"/>;
/// natural-hour clocks run through nights and holidays. A paused clock's due date moves later on resume by the
/// working days it was paused.
/// </summary>
public sealed class CaseClock
{
    private CaseClock()
    {
    }

    private CaseClock(ClockKind kind, string? bureauCode, DateTimeOffset startedAt, Deadline deadline, bool workingDays, int amount)
    {
        Id = Guid.NewGuid();
        Kind = kind;
        BureauCode = bureauCode;
        ResponsibleBureauCode = bureauCode;
        Status = ClockStatus.Running;
        StartedAt = startedAt;
        IsWorkingDays = workingDays;
        Amount = amount;
        SetDeadline(deadline);
    }

    public Guid Id { get; private set; }

    public ClockKind Kind { get; private set; }

    /// <summary>The bureau the clock is for, when it is not the lead (co-handler reports).</summary>
    public string? BureauCode { get; private set; }

    /// <summary>
    /// The bureau this clock judges, for the bureaus' figures: the lead bureau when the clock started (sign-for,
    /// contact, answer), the co-handling bureau for its report, and for the evaluation clock the lead bureau whose
    /// answer is being evaluated. Kept when the case later moves to another bureau.
    /// </summary>
    public string? ResponsibleBureauCode { get; private set; }

    public ClockStatus Status { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>The instant the clock runs out, in the service's time zone.</summary>
    public DateTimeOffset DueAt { get; private set; }

    /// <summary>The last day as people say it (for working-day clocks, the N-th working day).</summary>
    public DateOnly DueDate { get; private set; }

    /// <summary>The due date was counted across a year whose holiday notice is not loaded.</summary>
    public bool Provisional { get; private set; }

    public bool IsWorkingDays { get; private set; }

    /// <summary>Working days or hours, as configured when the clock started.</summary>
    public int Amount { get; private set; }

    public DateTimeOffset? PausedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>The highest light the deadline engine has announced for the current deadline.</summary>
    public TrafficLight AnnouncedLight { get; private set; }

    /// <summary>The escalation steps (1 = 催办, 2 = 督办, 3 = 提级) this clock has already caused for its current deadline.</summary>
    public int EscalationStep { get; private set; }

    /// <summary>
    /// When the deadline engine must look at this clock next: its first milestone not yet handled (see
    /// <see cref="ClockMilestones"/>). Null when the clock is not running or nothing more can happen to it. Kept
    /// by the case after every change, in the same save, so the engine's index is never out of step with the case.
    /// </summary>
    public DateTimeOffset? NextCheckAt { get; private set; }

    public bool IsActive => Status is ClockStatus.Running or ClockStatus.Paused;

    /// <summary>Whether a completed clock was completed in time.</summary>
    public bool? MetDeadline => Status == ClockStatus.Completed ? CompletedAt <= DueAt : null;

    public static CaseClock StartWorkingDays(ClockKind kind, DateTimeOffset now, int workingDays, DeadlineCalculator deadlines, string? bureauCode = null)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        return new CaseClock(kind, bureauCode, now, deadlines.AddWorkingDays(now, workingDays), workingDays: true, workingDays);
    }

    public static CaseClock StartHours(ClockKind kind, DateTimeOffset now, int hours, DeadlineCalculator deadlines, string? bureauCode = null)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        return new CaseClock(kind, bureauCode, now, deadlines.AddHours(now, hours), workingDays: false, hours);
    }

    public bool IsOverdue(DateTimeOffset now) => IsActive && now >= DueAt;

    /// <summary>Names the bureau the clock judges when it is the lead's (see <see cref="ResponsibleBureauCode"/>).</summary>
    internal CaseClock JudgedFor(string? leadBureauCode)
    {
        ResponsibleBureauCode ??= leadBureauCode;
        return this;
    }

    internal void Pause(DateTimeOffset now)
    {
        if (Status == ClockStatus.Running)
        {
            Status = ClockStatus.Paused;
            PausedAt = now;
        }
    }

    internal void Resume(DateTimeOffset now, DeadlineCalculator deadlines)
    {
        if (Status != ClockStatus.Paused)
        {
            return;
        }

        var current = new Deadline(DueAt, DueDate, Provisional);
        var moved = IsWorkingDays ? deadlines.ExtendByPause(current, PausedAt!.Value, now) : deadlines.AddHours(DueAt, (now - PausedAt!.Value).TotalHours);
        if (moved.Due != DueAt)
        {
            // The same commitment, later: lights are announced again for the moved deadline, escalation is not repeated.
            AnnouncedLight = TrafficLight.None;
        }

        SetDeadline(moved);
        Status = ClockStatus.Running;
        PausedAt = null;
    }

    internal void Complete(DateTimeOffset now)
    {
        if (IsActive)
        {
            Status = ClockStatus.Completed;
            CompletedAt = now;
            PausedAt = null;
        }
    }

    internal void Cancel(DateTimeOffset now)
    {
        if (IsActive)
        {
            Status = ClockStatus.Cancelled;
            CompletedAt = now;
            PausedAt = null;
        }
    }

    /// <summary>Sets a new due date (an approved extension or a leader's instruction): a new commitment, so warnings and the escalation ladder start over.</summary>
    internal void Reschedule(Deadline deadline)
    {
        SetDeadline(deadline);
        AnnouncedLight = TrafficLight.None;
        EscalationStep = 0;
    }

    /// <summary>
    /// The same deadline counted again under a holiday notice loaded since (see <c>Case.RecountProvisionalDeadlines</c>);
    /// lights are announced again when the due date moved, escalation is not repeated.
    /// </summary>
    internal void Recount(Deadline deadline)
    {
        if (deadline.Due != DueAt)
        {
            AnnouncedLight = TrafficLight.None;
        }

        SetDeadline(deadline);
    }

    /// <summary>The light and escalation step the deadline engine has handled; they only go up for one deadline.</summary>
    internal void RecordHandled(TrafficLight light, int escalationStep)
    {
        AnnouncedLight = light > AnnouncedLight ? light : AnnouncedLight;
        EscalationStep = Math.Max(EscalationStep, escalationStep);
    }

    /// <summary>Plans the engine's next look from the clock's milestones; a clock that is not running needs none.</summary>
    internal void PlanNextCheck(SlaPolicy policy, DeadlineCalculator deadlines) =>
        NextCheckAt = Status == ClockStatus.Running ? ClockMilestones.For(this, policy, deadlines).NextAfter(AnnouncedLight, EscalationStep) : null;

    private void SetDeadline(Deadline deadline)
    {
        DueAt = deadline.Due;
        DueDate = deadline.DueDate;
        Provisional = deadline.Provisional;
    }
}
