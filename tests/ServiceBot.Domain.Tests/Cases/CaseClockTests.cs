using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Sla;
using ServiceBot.Testing;
using static ServiceBot.Testing.TestCalendars;

namespace ServiceBot.Domain.Tests.Cases;

/// <summary>How lifecycle actions start, pause, move and stop a case's clocks.</summary>
public sealed class CaseClockTests
{
    [Fact]
    public void Dispatch_StartsSignForAnswerAndCoHandlerClocks_FromDispatchTime()
    {
        var builder = new CaseBuilder();

        var c = builder.InState(CaseState.Dispatched);

        Assert.Equal(China(2026, 11, 25), c.ActiveClock(ClockKind.SignFor)!.DueAt);
        Assert.Equal(China(2026, 11, 27), c.ActiveClock(ClockKind.CoHandlerReport, TestActors.CoBureau)!.DueAt);
        // A co-handled problem counts as complex: 30 working days, crossing into 2027 whose notice is not loaded.
        var answer = c.ActiveClock(ClockKind.Answer)!;
        Assert.Equal(new DateOnly(2027, 1, 4), answer.DueDate);
        Assert.True(answer.Provisional);
        Assert.Null(c.ActiveClock(ClockKind.Contact));
    }

    [Fact]
    public void Dispatch_StartsTwoHourContactClock_WhenCaseIsUrgent()
    {
        var c = new CaseBuilder().Urgent().InState(CaseState.Dispatched);

        Assert.Equal(CaseBuilder.DefaultStart.AddHours(2), c.ActiveClock(ClockKind.Contact)!.DueAt);
    }

    [Fact]
    public void Dispatch_UsesSevenWorkingDays_ForAnOrdinarySingleBureauProblem()
    {
        var c = new CaseBuilder().WithoutCoHandlers().InState(CaseState.Dispatched);

        Assert.Equal(new DateOnly(2026, 12, 2), c.ActiveClock(ClockKind.Answer)!.DueDate);
    }

    [Fact]
    public void SignFor_CompletesSignForClockOnTime_WhenSignedBeforeDue()
    {
        var builder = new CaseBuilder();
        var c = builder.InState(CaseState.Dispatched);
        builder.Clock.Advance(TimeSpan.FromHours(3));

        CaseBuilder.Ok(c.SignFor(builder.Context(TestActors.LeadStaff)));

        var clock = c.Clocks.Single(k => k.Kind == ClockKind.SignFor);
        Assert.Equal(ClockStatus.Completed, clock.Status);
        Assert.True(clock.MetDeadline);
    }

    [Fact]
    public void RequestAndSupplyInformation_PauseAndMoveAnswerDue_ByWorkingDaysWaited()
    {
        var builder = new CaseBuilder().WithoutCoHandlers();
        var c = builder.InState(CaseState.Handling);
        var due = c.ActiveClock(ClockKind.Answer)!.DueDate;

        CaseBuilder.Ok(c.RequestInformation("请提供项目用地面积", builder.Context(TestActors.LeadStaff)));
        Assert.Equal(ClockStatus.Paused, c.ActiveClock(ClockKind.Answer)!.Status);
        builder.Clock.SetUtcNow(China(2026, 11, 26, 14)); // Thursday: Tue, Wed, Thu were waited
        CaseBuilder.Ok(c.SupplyInformation("约30亩，投资2亿元", builder.Context(TestActors.Entrepreneur)));

        var clock = c.ActiveClock(ClockKind.Answer)!;
        Assert.Equal(ClockStatus.Running, clock.Status);
        Assert.Equal(new DateOnly(2026, 12, 2), due);
        Assert.Equal(new DateOnly(2026, 12, 7), clock.DueDate);
    }

    [Fact]
    public void RequestInformation_LeavesAnswerClockRunning_WhenPausingIsSwitchedOff()
    {
        var builder = new CaseBuilder { Sla = new SlaPolicy { PauseWhileAwaitingInformation = false } };
        var c = builder.InState(CaseState.Handling);

        CaseBuilder.Ok(c.RequestInformation("请提供项目用地面积", builder.Context(TestActors.LeadStaff)));

        Assert.Equal(ClockStatus.Running, c.ActiveClock(ClockKind.Answer)!.Status);
    }

    [Fact]
    public void ApproveExtension_ReschedulesAnswerClock_ToApprovedDate()
    {
        var builder = new CaseBuilder();
        var c = builder.InState(CaseState.ExtensionRequested);

        CaseBuilder.Ok(c.ApproveExtension(new DateOnly(2027, 1, 15), builder.Context(TestActors.Coordinator)));

        Assert.Equal(China(2027, 1, 16), c.ActiveClock(ClockKind.Answer)!.DueAt);
        Assert.Equal(1, c.ExtensionCount);
    }

    [Fact]
    public void RequestExtension_IsRejected_OnTheLastWorkingDay()
    {
        var builder = new CaseBuilder().WithoutCoHandlers();
        var c = builder.InState(CaseState.Handling);
        builder.Clock.SetUtcNow(China(2026, 12, 2, 9)); // the answer is due at 24:00 today

        var result = c.RequestExtension(new DateOnly(2026, 12, 10), "需要会商", builder.Context(TestActors.LeadStaff));

        Assert.False(result.IsSuccess);
        Assert.Contains("答复时限前至少1个工作日申请", result.Error!.Message);
    }

    [Fact]
    public void RequestReturn_IsRejected_AfterTheReturnWindow()
    {
        var builder = new CaseBuilder();
        var c = builder.InState(CaseState.Dispatched);
        builder.Clock.SetUtcNow(China(2026, 11, 25, 0, 1));

        var result = c.RequestReturn("不属于本单位职责", builder.Context(TestActors.LeadStaff));

        Assert.False(result.IsSuccess);
        Assert.Contains("交办后1个工作日内", result.Error!.Message);
    }

    [Fact]
    public void SubmitAnswer_StopsAnswerClockAndStartsEvaluationClock()
    {
        var builder = new CaseBuilder();
        var c = builder.InState(CaseState.Answered);

        Assert.Null(c.ActiveClock(ClockKind.Answer));
        Assert.Equal(China(2026, 11, 27), c.ActiveClock(ClockKind.Evaluation)!.DueAt);
    }

    [Fact]
    public void Evaluate_ReopensWithFreshAnswerClock_WhenUnsatisfied()
    {
        var builder = new CaseBuilder().WithoutCoHandlers();
        var c = builder.InState(CaseState.Answered);
        builder.Clock.SetUtcNow(China(2026, 11, 25, 10));

        CaseBuilder.Ok(c.Evaluate(EvaluationRating.Unsatisfied, solved: false, "没有给出具体地块", builder.Context(TestActors.Entrepreneur)));

        Assert.Equal(CaseState.Handling, c.State);
        Assert.Equal(1, c.ReopenCount);
        Assert.Equal(1, c.UnsatisfiedCount);
        Assert.Equal(new DateOnly(2026, 12, 4), c.ActiveClock(ClockKind.Answer)!.DueDate);
        Assert.Equal(ClockStatus.Completed, c.Clocks.Single(k => k.Kind == ClockKind.Evaluation).Status);
    }

    [Fact]
    public void CloseUnevaluated_ClosesAsNotEvaluated_AfterTheEvaluationWindow()
    {
        var builder = new CaseBuilder();
        var c = builder.InState(CaseState.Answered);
        builder.Clock.SetUtcNow(China(2026, 11, 27));

        CaseBuilder.Ok(c.CloseUnevaluated(builder.Context(Users.Actor.System)));

        Assert.Equal(CaseState.Closed, c.State);
        Assert.Equal(CloseReason.NotEvaluated, c.CloseReason);
        Assert.Empty(c.Evaluations);
    }

    [Fact]
    public void Withdraw_CancelsEveryRunningClock()
    {
        var builder = new CaseBuilder();
        var c = builder.InState(CaseState.Handling);

        CaseBuilder.Ok(c.Withdraw("已解决", builder.Context(TestActors.Entrepreneur)));

        Assert.DoesNotContain(c.Clocks, k => k.IsActive);
    }
}
