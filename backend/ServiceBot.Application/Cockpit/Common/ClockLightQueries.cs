using System.Linq.Expressions;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Sla;

namespace ServiceBot.Application.Cockpit.Common;

/// <summary>
/// The query form of the traffic lights of <see cref="ClockMilestones"/>, so lists and counts over many cases run
/// in the database. Red and yellow are exact conditions on stored columns: a running clock is red once its due
/// instant has passed (never the sign-for clock, which turns yellow instead; never the evaluation clock), and a
/// working-day clock is yellow on its due day. Blue depends on the warning policy and on the clock's start, so the
/// database only narrows the candidates (<see cref="BlueCandidate"/>) and <see cref="ClockMilestones"/> decides.
/// A test checks these against <see cref="ClockMilestones.LightAt"/> clock by clock.
/// </summary>
public static class ClockLightQueries
{
    public static Expression<Func<CaseClock, bool>> Red(DateTimeOffset now) => k =>
        k.Status == ClockStatus.Running && k.Kind != ClockKind.SignFor && k.Kind != ClockKind.Evaluation && k.DueAt <= now;

    /// <summary>
    /// Yellow: a running sign-for clock past its due instant, or a running answer or co-handler report clock (the
    /// working-day clocks that can be late) due today.
    /// </summary>
    public static Expression<Func<CaseClock, bool>> Yellow(DateTimeOffset now, DateOnly today) => k =>
        k.Status == ClockStatus.Running
        && ((k.Kind == ClockKind.SignFor && k.DueAt <= now)
            || ((k.Kind == ClockKind.Answer || k.Kind == ClockKind.CoHandlerReport) && k.DueDate == today && k.DueAt > now));

    /// <summary>
    /// Running clocks that may be blue now: not red or yellow, and for working-day clocks due no later than
    /// <paramref name="blueHorizon"/> (the last due date a blue window can reach today; null when the warning
    /// policy's share rule can reach any date). Written so the database answers it from the clocks' (kind, due date)
    /// index: the working-day kinds by due date, and the one clock counted in hours, the urgent contact clock.
    /// </summary>
    public static Expression<Func<CaseClock, bool>> BlueCandidate(DateTimeOffset now, DateOnly today, DateOnly? blueHorizon)
    {
        var horizon = blueHorizon ?? DateOnly.MaxValue;
        return k => (((k.Kind == ClockKind.SignFor || k.Kind == ClockKind.Answer || k.Kind == ClockKind.CoHandlerReport)
                && k.DueDate >= today && k.DueDate <= horizon && (k.Kind == ClockKind.SignFor || k.DueDate > today))
                || k.Kind == ClockKind.Contact)
            && k.Status == ClockStatus.Running && k.DueAt > now;
    }

    /// <summary>
    /// The latest due date a working-day clock can have and still be blue today under <paramref name="policy"/>:
    /// the N-th working day after today, or null when the share rule is on (it can reach any date).
    /// </summary>
    public static DateOnly? BlueHorizon(SlaPolicy policy, Domain.Calendar.DeadlineCalculator deadlines, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(deadlines);
        return policy.Warnings.BlueRemainingShare is not null
            ? null
            : deadlines.Calendar.AddWorkingDays(today, Math.Max(1, policy.Warnings.BlueWorkingDaysBeforeDue), out _);
    }
}
