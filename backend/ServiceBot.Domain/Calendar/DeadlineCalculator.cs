namespace ServiceBot.Domain.Calendar;

/// <summary>
/// The counting rule of the service line: the day on which a clock starts never counts; N working days end at
/// 24:00 (China time) of the N-th working day after that day; natural-hour clocks simply add hours.
/// </summary>
public sealed class DeadlineCalculator(WorkingCalendar calendar, TimeZoneInfo timeZone)
{
    public WorkingCalendar Calendar { get; } = calendar;

    public TimeZoneInfo TimeZone { get; } = timeZone;

    public Deadline AddWorkingDays(DateTimeOffset start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var dueDate = Calendar.AddWorkingDays(LocalDate(start), workingDays, out var provisional);
        return new Deadline(EndOfDay(dueDate), dueDate, provisional);
    }

    public Deadline AddHours(DateTimeOffset start, double hours)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hours);
        var due = ToLocal(start.AddHours(hours));
        return new Deadline(due, DateOnly.FromDateTime(due.DateTime), Provisional: false);
    }

    /// <summary>The deadline that ends at 24:00 of <paramref name="dueDate"/>.</summary>
    public Deadline EndingOn(DateOnly dueDate) =>
        new(EndOfDay(dueDate), dueDate, !Calendar.IsLoaded(dueDate.Year));

    /// <summary>Moves a working-day deadline later by the working days after <paramref name="pausedAt"/> up to <paramref name="resumedAt"/>.</summary>
    public Deadline ExtendByPause(Deadline deadline, DateTimeOffset pausedAt, DateTimeOffset resumedAt)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var pausedDays = Calendar.CountWorkingDays(LocalDate(pausedAt), LocalDate(resumedAt));
        if (pausedDays == 0)
        {
            return deadline;
        }

        var dueDate = Calendar.AddWorkingDays(deadline.DueDate, pausedDays, out var provisional);
        return new Deadline(EndOfDay(dueDate), dueDate, deadline.Provisional || provisional);
    }

    /// <summary>The calendar date of an instant in the service's time zone.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone);

    /// <summary>24:00 of <paramref name="date"/> in the service's time zone, with that zone's offset.</summary>
    public DateTimeOffset EndOfDay(DateOnly date)
    {
        var midnight = date.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, TimeZone.GetUtcOffset(midnight));
    }
}
