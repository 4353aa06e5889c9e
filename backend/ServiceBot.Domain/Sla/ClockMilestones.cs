using ServiceBot.Domain.Calendar;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Domain.Sla;

/// <summary>
/// The instants at which a running clock changes: when it turns blue, yellow and red, when each escalation step is
/// reached, and when it expires (the evaluation clock, which closes the case). Computed from the clock, the policy
/// and the working calendar alone, so the deadline engine, the case view and the tests agree.
/// </summary>
/// <remarks>
/// Working-day milestones fall at 00:00 China time, because the counting rule ends deadlines at 24:00: the due day
/// begins (yellow: "due today") and ends (red) at midnight, and "overdue by N working days" is reached at 24:00 of
/// the N-th working day after the due day.
/// </remarks>
public sealed record ClockMilestones(
    DateTimeOffset? BlueAt, DateTimeOffset? YellowAt, DateTimeOffset? RedAt, IReadOnlyList<DateTimeOffset> EscalationAt, DateTimeOffset? ExpiresAt)
{
    public static ClockMilestones For(CaseClock clock, SlaPolicy policy, DeadlineCalculator deadlines)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(deadlines);
        if (clock.Kind == ClockKind.Evaluation)
        {
            return new ClockMilestones(null, null, null, [], clock.DueAt);
        }

        var steps = policy.Escalation.Escalates(clock.Kind)
            ? policy.Escalation.OverdueWorkingDaysByStep.Select(days => OverdueBy(clock, days, deadlines)).ToList()
            : [];
        var blue = clock.IsWorkingDays ? WorkingDayBlue(clock, policy.Warnings, deadlines) : HourBlue(clock, policy.Warnings);

        // A missed sign-for is a warning, not yet a late case: the answer clock decides that.
        return clock.Kind == ClockKind.SignFor
            ? new ClockMilestones(blue, clock.DueAt, null, steps, null)
            : new ClockMilestones(blue, clock.IsWorkingDays ? StartOf(clock.DueDate, deadlines) : null, clock.DueAt, steps, null);
    }

    public TrafficLight LightAt(DateTimeOffset now) =>
        RedAt <= now ? TrafficLight.Red
        : YellowAt <= now ? TrafficLight.Yellow
        : BlueAt <= now ? TrafficLight.Blue
        : TrafficLight.None;

    /// <summary>How many escalation steps (1 = 催办, 2 = 督办, 3 = 提级) the clock has reached at <paramref name="now"/>.</summary>
    public int EscalationStepAt(DateTimeOffset now) => EscalationAt.Count(at => at <= now);

    /// <summary>
    /// The first milestone not yet handled, given the light already announced and the escalation steps already
    /// taken; null when nothing more can happen to the clock.
    /// </summary>
    public DateTimeOffset? NextAfter(TrafficLight announced, int escalationStep)
    {
        var pending = new List<DateTimeOffset?>();
        if (announced < TrafficLight.Blue)
        {
            pending.Add(BlueAt);
        }

        if (announced < TrafficLight.Yellow)
        {
            pending.Add(YellowAt);
        }

        if (announced < TrafficLight.Red)
        {
            pending.Add(RedAt);
        }

        pending.AddRange(EscalationAt.Skip(escalationStep).Select(at => (DateTimeOffset?)at));
        pending.Add(ExpiresAt);
        return pending.Where(at => at is not null).Min();
    }

    private static DateTimeOffset? WorkingDayBlue(CaseClock clock, WarningPolicy warnings, DeadlineCalculator deadlines)
    {
        var calendar = deadlines.Calendar;
        var firstCounted = calendar.AddWorkingDays(deadlines.LocalDate(clock.StartedAt), 1, out _);
        var share = warnings.BlueRemainingShare is { } s ? (int)Math.Floor(s * clock.Amount) : 0;
        var back = Math.Max(warnings.BlueWorkingDaysBeforeDue, share);
        var day = clock.DueDate;
        for (var i = 0; i < back && day > firstCounted; i++)
        {
            do
            {
                day = day.AddDays(-1);
            }
            while (!calendar.IsWorkingDay(day) && day > firstCounted);
        }

        // A clock cannot warn before it starts counting: a 1-working-day clock warns on its only day.
        return StartOf(day < firstCounted ? firstCounted : day, deadlines);
    }

    private static DateTimeOffset HourBlue(CaseClock clock, WarningPolicy warnings) =>
        clock.DueAt - ((clock.DueAt - clock.StartedAt) * warnings.HourClockBlueRemainingShare);

    private static DateTimeOffset OverdueBy(CaseClock clock, int workingDays, DeadlineCalculator deadlines)
    {
        if (workingDays == 0)
        {
            return clock.DueAt;
        }

        var dueDay = clock.IsWorkingDays ? clock.DueDate : deadlines.LocalDate(clock.DueAt);
        return deadlines.EndOfDay(deadlines.Calendar.AddWorkingDays(dueDay, workingDays, out _));
    }

    private static DateTimeOffset StartOf(DateOnly date, DeadlineCalculator deadlines) => deadlines.EndOfDay(date.AddDays(-1));
}
