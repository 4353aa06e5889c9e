using ServiceBot.Domain.Calendar;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Cases.Events;
using ServiceBot.Domain.Sla;
using ServiceBot.Domain.Users;
using ServiceBot.Testing;
using static ServiceBot.Testing.TestCalendars;

namespace ServiceBot.Domain.Tests.Cases;

/// <summary>The deadline engine's action on a case: lights, the escalation ladder, closing unevaluated cases, idempotency.</summary>
public sealed class CaseDeadlinesTests
{
    private const string Leader = "industry-deputy";

    [Fact]
    public void CheckDeadlines_AnnouncesEachLightAndStepOnce_AsTheAnswerClockRunsOut()
    {
        // Dispatched Monday 2026-11-23 09:00 and signed for: the answer is due at 24:00 on Wednesday 12-02.
        var builder = new CaseBuilder().WithoutCoHandlers();
        var c = builder.InState(CaseState.Handling);

        var seen = new List<string>();
        foreach (var at in new[] { China(2026, 11, 30, 12), China(2026, 12, 1), China(2026, 12, 1, 15), China(2026, 12, 2), China(2026, 12, 3), China(2026, 12, 4), China(2026, 12, 5), China(2026, 12, 10) })
        {
            builder.Clock.SetUtcNow(at);
            seen.AddRange(Check(c, builder).Select(t => $"{at:MM-dd HH}:{t.Action}"));
        }

        Assert.Equal(["12-01 00:Blue", "12-02 00:Yellow", "12-03 00:Red", "12-03 00:Urge", "12-05 00:Supervise", "12-10 00:EscalateToLeader"], seen);
        Assert.Equal(EscalationLevel.Elevated, c.EscalationLevel);
        Assert.Equal(Leader, c.EscalatedToLeaderCode);
        Assert.Null(c.ActiveClock(ClockKind.Answer)!.NextCheckAt);
    }

    [Fact]
    public void CheckDeadlines_TakesMissedStepsInOrderAndAnnouncesOnlyTheCurrentLight_WhenCheckedLate()
    {
        var builder = new CaseBuilder().WithoutCoHandlers();
        var c = builder.InState(CaseState.Handling);
        builder.Clock.SetUtcNow(China(2026, 12, 11, 8));

        var transitions = Check(c, builder);

        Assert.Equal(["Red", "Urge", "Supervise", "EscalateToLeader"], transitions.Select(t => t.Action));
        Assert.Equal([China(2026, 12, 3), China(2026, 12, 3), China(2026, 12, 5), China(2026, 12, 10)], transitions.Select(t => t.DueAt));
        Assert.Equal(
            [Case.DeadlineWarningAction, nameof(CaseTrigger.Urge), nameof(CaseTrigger.Supervise), nameof(CaseTrigger.EscalateToLeader)],
            c.Timeline.Skip(3).Select(e => e.Action));
        Assert.All(c.Timeline.Skip(3), e => Assert.Equal(Role.System, e.ActorRole));
    }

    [Fact]
    public void CheckDeadlines_ChangesNothing_WhenRunTwice()
    {
        var builder = new CaseBuilder().WithoutCoHandlers();
        var c = builder.InState(CaseState.Handling);
        builder.Clock.SetUtcNow(China(2026, 12, 11, 8));
        Check(c, builder);
        var version = c.Version;
        c.ClearDomainEvents();

        var again = Check(c, builder);

        Assert.Empty(again);
        Assert.Equal(version, c.Version);
        Assert.Empty(c.DomainEvents);
    }

    [Fact]
    public void CheckDeadlines_RaisesLightAndEscalationEvents_ForNotifications()
    {
        var builder = new CaseBuilder().WithoutCoHandlers();
        var c = builder.InState(CaseState.Handling);
        c.ClearDomainEvents();
        builder.Clock.SetUtcNow(China(2026, 12, 3, 9));

        Check(c, builder);

        var light = Assert.Single(c.DomainEvents.OfType<CaseClockLightChanged>());
        Assert.Equal(TrafficLight.Red, light.Light);
        Assert.Equal(ClockKind.Answer, light.Kind);
        Assert.Contains("12月2日24时", light.Message);
        var urged = Assert.Single(c.DomainEvents.OfType<CaseEscalated>());
        Assert.Equal(EscalationLevel.Urged, urged.Level);
    }

    [Fact]
    public void CheckDeadlines_MakesMissedSignForYellowWithoutEscalating()
    {
        var builder = new CaseBuilder().WithoutCoHandlers();
        var c = builder.InState(CaseState.Dispatched);
        builder.Clock.SetUtcNow(China(2026, 11, 25, 9));

        var transitions = Check(c, builder);

        var t = Assert.Single(transitions);
        Assert.Equal((ClockKind.SignFor, "Yellow"), (t.Kind!.Value, t.Action));
        Assert.Equal(EscalationLevel.None, c.EscalationLevel);
    }

    [Fact]
    public void CheckDeadlines_DoesNotWarnOrEscalate_WhileTheAnswerClockIsPaused()
    {
        var builder = new CaseBuilder().WithoutCoHandlers();
        var c = builder.InState(CaseState.AwaitingInformation);
        builder.Clock.SetUtcNow(China(2026, 12, 11));

        var transitions = Check(c, builder);

        Assert.Empty(transitions);
        Assert.Null(c.ActiveClock(ClockKind.Answer)!.NextCheckAt);
    }

    [Fact]
    public void ApproveExtension_RestartsWarningsAndLadder_ForTheNewDeadline()
    {
        var builder = new CaseBuilder().WithoutCoHandlers();
        var c = builder.InState(CaseState.Handling);
        builder.Clock.SetUtcNow(China(2026, 12, 1, 9));
        Check(c, builder);
        CaseBuilder.Ok(c.RequestExtension(new DateOnly(2026, 12, 10), "需要现场踏勘", builder.Context(TestActors.LeadStaff)));

        CaseBuilder.Ok(c.ApproveExtension(null, builder.Context(TestActors.Coordinator)));

        var answer = c.ActiveClock(ClockKind.Answer)!;
        Assert.Equal(China(2026, 12, 11), answer.DueAt);
        Assert.Equal(TrafficLight.None, answer.AnnouncedLight);
        Assert.Equal(China(2026, 12, 9), answer.NextCheckAt);
    }

    [Fact]
    public void CheckDeadlines_ClosesAsNotEvaluated_WhenTheEvaluationWindowPassed()
    {
        var builder = new CaseBuilder().WithoutCoHandlers();
        var c = builder.InState(CaseState.Answered);
        Assert.Equal(China(2026, 11, 27), c.ActiveClock(ClockKind.Evaluation)!.NextCheckAt);
        builder.Clock.SetUtcNow(China(2026, 11, 27, 0, 5));

        var transitions = Check(c, builder);

        Assert.Equal(nameof(CaseTrigger.CloseUnevaluated), Assert.Single(transitions).Action);
        Assert.Equal(CloseReason.NotEvaluated, c.CloseReason);
        Assert.All(c.Clocks, k => Assert.Null(k.NextCheckAt));
        Assert.Empty(Check(c, builder));
    }

    [Fact]
    public void CheckDeadlines_ElevatesToLeader_AfterTwoUnsatisfiedEvaluations()
    {
        var builder = new CaseBuilder().WithoutCoHandlers();
        var c = builder.InState(CaseState.Answered);
        CaseBuilder.Ok(c.Evaluate(EvaluationRating.Unsatisfied, solved: false, "没有解决", builder.Context(TestActors.Entrepreneur)));
        CaseBuilder.Ok(c.SubmitAnswer("已重新协调，下周供地。", builder.Context(TestActors.LeadStaff)));
        Assert.Empty(Check(c, builder));
        CaseBuilder.Ok(c.Evaluate(EvaluationRating.Unsatisfied, solved: false, "仍未解决", builder.Context(TestActors.Entrepreneur)));

        var transitions = Check(c, builder);

        Assert.Equal(nameof(CaseTrigger.EscalateToLeader), Assert.Single(transitions).Action);
        Assert.Equal(EscalationLevel.Elevated, c.EscalationLevel);
        Assert.Contains("2次评价不满意", c.Timeline[^1].Note);
    }

    [Fact]
    public void CheckDeadlines_ElevatesToLeader_AfterTheSecondApprovedReturn()
    {
        var builder = new CaseBuilder().WithoutCoHandlers();
        var c = builder.InState(CaseState.ReturnRequested);
        CaseBuilder.Ok(c.ApproveReturn(builder.Plan(TestActors.OtherBureau), builder.Context(TestActors.Coordinator)));
        Assert.Empty(Check(c, builder));
        CaseBuilder.Ok(c.RequestReturn("仍不属于本单位职责", builder.Context(TestActors.OtherStaff)));
        CaseBuilder.Ok(c.ApproveReturn(builder.Plan(TestActors.LeadBureau), builder.Context(TestActors.Coordinator)));

        var transitions = Check(c, builder);

        Assert.Equal(nameof(CaseTrigger.EscalateToLeader), Assert.Single(transitions).Action);
        Assert.Contains("退单2次", c.Timeline[^1].Note);
    }

    [Fact]
    public void CheckDeadlines_RecordsTheStepAndMovesOn_WhenNoLeaderIsKnown()
    {
        var builder = new CaseBuilder().WithoutCoHandlers();
        var c = builder.InState(CaseState.Handling);
        builder.Clock.SetUtcNow(China(2026, 12, 11));

        var transitions = c.CheckDeadlines(null, builder.Context(Actor.System));

        Assert.DoesNotContain(transitions, t => t.Action == nameof(CaseTrigger.EscalateToLeader));
        Assert.Equal(3, c.ActiveClock(ClockKind.Answer)!.EscalationStep);
        Assert.Null(c.ActiveClock(ClockKind.Answer)!.NextCheckAt);
    }

    [Fact]
    public void CheckDeadlines_WarnsCoHandlerWithoutEscalatingTheCase()
    {
        var builder = new CaseBuilder();
        var c = builder.InState(CaseState.Handling);
        builder.Clock.SetUtcNow(China(2026, 11, 27, 9));

        var transitions = Check(c, builder);

        var t = Assert.Single(transitions);
        Assert.Equal((ClockKind.CoHandlerReport, "Red"), (t.Kind!.Value, t.Action));
        Assert.Equal(TestActors.CoBureau, c.DomainEvents.OfType<CaseClockLightChanged>().Single().BureauCode);
        Assert.Equal(EscalationLevel.None, c.EscalationLevel);
    }

    [Fact]
    public void Dispatch_PlansFirstCheckOfEveryClock()
    {
        var builder = new CaseBuilder().Urgent();

        var c = builder.InState(CaseState.Dispatched);

        Assert.Equal(China(2026, 11, 24), c.ActiveClock(ClockKind.SignFor)!.NextCheckAt);
        Assert.Equal(China(2026, 11, 23, 10, 30), c.ActiveClock(ClockKind.Contact)!.NextCheckAt);
        Assert.Equal(China(2026, 11, 25), c.ActiveClock(ClockKind.CoHandlerReport, TestActors.CoBureau)!.NextCheckAt);
        // 30 working days (co-handled): due Monday 2027-01-04, provisional. 2027's notice is not loaded, so Friday
        // 01-01 counts as a working day and the clock turns blue then.
        Assert.Equal(China(2027, 1, 1), c.ActiveClock(ClockKind.Answer)!.NextCheckAt);
    }

    [Fact]
    public void RecountProvisionalDeadlines_CountsTheSameWorkingDaysUnderTheNewNotice()
    {
        // Co-handled, dispatched Monday 2026-11-23: 30 working days, provisionally Monday 2027-01-04 (weekends only).
        var builder = new CaseBuilder();
        var c = builder.InState(CaseState.Handling);
        var previous = China2025To2026;
        var with2027 = new WorkingCalendar([.. previous.Years, new HolidayYear(
            2027, "测试数据（非官方）", new HashSet<DateOnly> { new(2027, 1, 1) }, new HashSet<DateOnly>())]);
        var context = builder.Context(Actor.System) with { Deadlines = new DeadlineCalculator(with2027, ChinaTime) };

        var moved = c.RecountProvisionalDeadlines(previous, context);

        var answer = c.ActiveClock(ClockKind.Answer)!;
        Assert.Equal(1, moved);
        Assert.Equal(new DateOnly(2027, 1, 5), answer.DueDate);
        Assert.False(answer.Provisional);
        Assert.Equal(Case.DeadlineRecountAction, c.Timeline[^1].Action);
        Assert.Equal(0, c.RecountProvisionalDeadlines(with2027, context));
    }

    private static IReadOnlyList<DeadlineTransition> Check(Case c, CaseBuilder builder) => c.CheckDeadlines(Leader, builder.Context(Actor.System));
}
