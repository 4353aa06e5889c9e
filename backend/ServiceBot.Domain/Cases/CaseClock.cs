using ServiceBot.Domain.Calendar;

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
        SetDeadline(IsWorkingDays ? deadlines.ExtendByPause(current, PausedAt!.Value, now) : current with { Due = DueAt + (now - PausedAt!.Value) });
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

    /// <summary>Sets a new due date (an approved extension or a leader's instruction).</summary>
    internal void Reschedule(Deadline deadline) => SetDeadline(deadline);

    private void SetDeadline(Deadline deadline)
    {
        DueAt = deadline.Due;
        DueDate = deadline.DueDate;
        Provisional = deadline.Provisional;
    }
}
