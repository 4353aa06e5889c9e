using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Sla;
using static ServiceBot.Testing.TestCalendars;

namespace ServiceBot.Domain.Tests.Sla;

/// <summary>When clocks turn blue, yellow and red and reach each escalation step, against the 2026 notice.</summary>
public sealed class ClockMilestonesTests
{
    private static readonly SlaPolicy Defaults = new();

    [Fact]
    public void For_PutsAnswerMilestonesAtMidnights_ForSevenWorkingDaysInAnOrdinaryWeek()
    {
        // Dispatched Monday 2026-11-23 09:00; 7 working days end at 24:00 on Wednesday 12-02.
        var clock = CaseClock.StartWorkingDays(ClockKind.Answer, China(2026, 11, 23, 9), 7, Deadlines);

        var m = ClockMilestones.For(clock, Defaults, Deadlines);

        Assert.Equal(China(2026, 12, 1), m.BlueAt);
        Assert.Equal(China(2026, 12, 2), m.YellowAt);
        Assert.Equal(China(2026, 12, 3), m.RedAt);
        Assert.Equal([China(2026, 12, 3), China(2026, 12, 5), China(2026, 12, 10)], m.EscalationAt);
        Assert.Null(m.ExpiresAt);
    }

    [Fact]
    public void For_CountsNationalDayAndMakeUpSaturday_ForAnswerAndEscalation()
    {
        // 2026: 10-01..10-07 off, Saturday 10-10 worked. Monday 09-28 + 7 working days = Tuesday 10-13.
        var clock = CaseClock.StartWorkingDays(ClockKind.Answer, China(2026, 9, 28, 10), 7, Deadlines);

        var m = ClockMilestones.For(clock, Defaults, Deadlines);

        Assert.Equal(new DateOnly(2026, 10, 13), clock.DueDate);
        Assert.Equal(China(2026, 10, 12), m.BlueAt);
        Assert.Equal(China(2026, 10, 14), m.RedAt);
        // Overdue by 2: Wed 10-14 and Thu 10-15; by 5: up to Tue 10-20.
        Assert.Equal([China(2026, 10, 14), China(2026, 10, 16), China(2026, 10, 21)], m.EscalationAt);
    }

    [Fact]
    public void For_SkipsSpringFestival_WhenCountingOverdueWorkingDays()
    {
        // A policy question (2 working days) dispatched Thursday 2026-02-12 is due on make-up Saturday 02-14.
        var clock = CaseClock.StartWorkingDays(ClockKind.Answer, China(2026, 2, 12, 10), 2, Deadlines);

        var m = ClockMilestones.For(clock, Defaults, Deadlines);

        Assert.Equal(China(2026, 2, 13), m.BlueAt);
        Assert.Equal(China(2026, 2, 14), m.YellowAt);
        Assert.Equal(China(2026, 2, 15), m.RedAt);
        // 02-15..02-23 are off: overdue by 2 working days is reached at the end of Wednesday 02-25.
        Assert.Equal(China(2026, 2, 26), m.EscalationAt[1]);
    }

    [Fact]
    public void For_MakesSignForBlueOnItsOnlyDayAndYellowWhenMissed()
    {
        var clock = CaseClock.StartWorkingDays(ClockKind.SignFor, China(2026, 11, 23, 9), 1, Deadlines);

        var m = ClockMilestones.For(clock, Defaults, Deadlines);

        Assert.Equal(China(2026, 11, 24), m.BlueAt);
        Assert.Equal(China(2026, 11, 25), m.YellowAt);
        Assert.Null(m.RedAt);
        Assert.Empty(m.EscalationAt);
        Assert.Equal(TrafficLight.Yellow, m.LightAt(China(2026, 12, 30)));
    }

    [Fact]
    public void For_WarnsHourClockInItsLastQuarter_AndTurnsRedWhenDue()
    {
        var clock = CaseClock.StartHours(ClockKind.Contact, China(2026, 11, 23, 9), 2, Deadlines);

        var m = ClockMilestones.For(clock, Defaults, Deadlines);

        Assert.Equal(China(2026, 11, 23, 10, 30), m.BlueAt);
        Assert.Null(m.YellowAt);
        Assert.Equal(China(2026, 11, 23, 11), m.RedAt);
        Assert.Empty(m.EscalationAt);
    }

    [Fact]
    public void For_WarnsEarlier_WhenRemainingShareIsConfigured()
    {
        var policy = new SlaPolicy { Warnings = new WarningPolicy { BlueRemainingShare = 0.2 } };
        // 30 working days from Monday 2026-06-01 (端午 06-19 off) end on Tuesday 07-14; 6 working days before it is 07-06.
        var clock = CaseClock.StartWorkingDays(ClockKind.Answer, China(2026, 6, 1, 9), 30, Deadlines);

        var m = ClockMilestones.For(clock, policy, Deadlines);

        Assert.Equal(new DateOnly(2026, 7, 14), clock.DueDate);
        Assert.Equal(China(2026, 7, 6), m.BlueAt);
    }

    [Fact]
    public void For_FollowsConfiguredLadder_AndLeavesOtherClocksWithoutEscalation()
    {
        var policy = new SlaPolicy
        {
            Escalation = new EscalationPolicy { Clocks = new HashSet<ClockKind> { ClockKind.CoHandlerReport }, SuperviseAfterOverdueWorkingDays = 1, ElevateAfterOverdueWorkingDays = 3 },
        };
        var coHandler = CaseClock.StartWorkingDays(ClockKind.CoHandlerReport, China(2026, 11, 23, 9), 3, Deadlines, "jxj");
        var answer = CaseClock.StartWorkingDays(ClockKind.Answer, China(2026, 11, 23, 9), 7, Deadlines);

        var m = ClockMilestones.For(coHandler, policy, Deadlines);

        // Due Thursday 11-26: overdue by 1 at the end of Friday, by 3 at the end of Tuesday 12-01.
        Assert.Equal([China(2026, 11, 27), China(2026, 11, 28), China(2026, 12, 2)], m.EscalationAt);
        Assert.Empty(ClockMilestones.For(answer, policy, Deadlines).EscalationAt);
    }

    [Fact]
    public void For_ExpiresEvaluationClockWithoutLights()
    {
        var clock = CaseClock.StartWorkingDays(ClockKind.Evaluation, China(2026, 11, 23, 9), 3, Deadlines);

        var m = ClockMilestones.For(clock, Defaults, Deadlines);

        Assert.Equal(China(2026, 11, 27), m.ExpiresAt);
        Assert.Equal(TrafficLight.None, m.LightAt(China(2026, 12, 31)));
    }

    [Theory]
    [InlineData("2026-11-30T12:00:00+08:00", TrafficLight.None)]
    [InlineData("2026-12-01T00:00:00+08:00", TrafficLight.Blue)]
    [InlineData("2026-12-02T23:59:59+08:00", TrafficLight.Yellow)]
    [InlineData("2026-12-02T16:00:00+00:00", TrafficLight.Red)]
    public void LightAt_FollowsTheMilestones(string at, TrafficLight expected)
    {
        var clock = CaseClock.StartWorkingDays(ClockKind.Answer, China(2026, 11, 23, 9), 7, Deadlines);

        var light = ClockMilestones.For(clock, Defaults, Deadlines).LightAt(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, light);
    }

    [Fact]
    public void NextAfter_SkipsWhatWasHandled_AndEndsWhenTheLadderIsClimbed()
    {
        var clock = CaseClock.StartWorkingDays(ClockKind.Answer, China(2026, 11, 23, 9), 7, Deadlines);
        var m = ClockMilestones.For(clock, Defaults, Deadlines);

        Assert.Equal(China(2026, 12, 1), m.NextAfter(TrafficLight.None, 0));
        Assert.Equal(China(2026, 12, 2), m.NextAfter(TrafficLight.Blue, 0));
        Assert.Equal(China(2026, 12, 3), m.NextAfter(TrafficLight.Red, 0));
        Assert.Equal(China(2026, 12, 5), m.NextAfter(TrafficLight.Red, 1));
        Assert.Null(m.NextAfter(TrafficLight.Red, 3));
    }
}
