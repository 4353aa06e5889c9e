using ServiceBot.Application.Cases.AnswerCase;
using ServiceBot.Application.Cases.ApproveExtension;
using ServiceBot.Application.Cases.ApproveReturn;
using ServiceBot.Application.Cases.RequestExtension;
using ServiceBot.Application.Cases.RequestInformation;
using ServiceBot.Application.Cases.RequestReturn;
using ServiceBot.Application.Cases.SignForCase;
using ServiceBot.Application.Cases.SupplyInformation;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Sla;
using ServiceBot.Domain.Users;
using ServiceBot.Testing;
using static ServiceBot.Testing.TestCalendars;

namespace ServiceBot.Infrastructure.Tests.Scheduling;

/// <summary>
/// The deadline engine end to end over the database and the fake clock: lifecycle actions plan the checks, the
/// sweep finds them through the index and acts, the outbox turns what happened into inbox notifications.
/// </summary>
public sealed class DeadlineSweeperTests : IAsyncLifetime
{
    private static readonly Actor OtherStaff = TestActors.OtherStaff;
    private DeadlineScenario _s = null!;

    public async Task InitializeAsync() => _s = await DeadlineScenario.StartAsync();

    public async Task DisposeAsync() => await _s.DisposeAsync();

    [Fact]
    public async Task Sweep_DrivesCaseThroughBlueYellowRedUrgeSuperviseAndElevate()
    {
        // Dispatched Monday 2026-11-23 09:00: sign for by 24:00 Tuesday 11-24, answer by 24:00 Wednesday 12-02.
        var dispatchedAt = _s.Clock.GetUtcNow();
        var number = await _s.DispatchedCaseAsync();
        var detail = await _s.DetailAsync(number);
        Assert.Equal(Deadlines.AddWorkingDays(dispatchedAt, 1).Due, DeadlineScenario.ClockOf(detail, ClockKind.SignFor).DueAt);
        Assert.Equal(China(2026, 11, 25), DeadlineScenario.ClockOf(detail, ClockKind.SignFor).DueAt);
        Assert.Equal(Deadlines.AddWorkingDays(dispatchedAt, 7).Due, DeadlineScenario.ClockOf(detail, ClockKind.Answer).DueAt);
        Assert.Equal(China(2026, 12, 3), DeadlineScenario.ClockOf(detail, ClockKind.Answer).DueAt);
        Assert.Equal(7, DeadlineScenario.ClockOf(detail, ClockKind.Answer).RemainingWorkingDays);
        Assert.Empty(await _s.SweepAtAsync(China(2026, 11, 23, 18)));

        // The sign-for clock warns on its only working day; signing for stops it.
        Assert.Equal(["SignFor:Blue"], await _s.SweepAtAsync(China(2026, 11, 24, 0, 0)));
        _s.Clock.SetUtcNow(China(2026, 11, 24, 9));
        await _s.SendOkAsync(TestActors.LeadStaff, new SignForCaseCommand(number));

        Assert.Equal(["Answer:Blue"], await _s.SweepAtAsync(China(2026, 12, 1).AddSeconds(1)));
        Assert.Equal(TrafficLight.Blue, DeadlineScenario.ClockOf(await _s.DetailAsync(number), ClockKind.Answer).Light);
        Assert.Equal(["Answer:Yellow"], await _s.SweepAtAsync(China(2026, 12, 2).AddSeconds(1)));
        Assert.Equal(0, DeadlineScenario.ClockOf(await _s.DetailAsync(number), ClockKind.Answer).RemainingWorkingDays);
        Assert.Equal(["Answer:Red", "Answer:Urge"], await _s.SweepAtAsync(China(2026, 12, 3).AddSeconds(1)));
        Assert.Empty(await _s.SweepAtAsync(China(2026, 12, 4, 12)));
        // Overdue by 2 working days at 24:00 on Friday 12-04; by 5 at 24:00 on Wednesday 12-09.
        Assert.Equal(["Answer:Supervise"], await _s.SweepAtAsync(China(2026, 12, 5).AddSeconds(1)));
        Assert.Empty(await _s.SweepAtAsync(China(2026, 12, 9, 23, 59)));
        Assert.Equal(["Answer:EscalateToLeader"], await _s.SweepAtAsync(China(2026, 12, 10).AddSeconds(1)));
        Assert.Empty(await _s.SweepAtAsync(China(2026, 12, 31)));

        detail = await _s.DetailAsync(number);
        Assert.Equal(EscalationLevel.Elevated, detail.EscalationLevel);
        Assert.Equal("industry-deputy", detail.EscalatedToLeaderCode);
        Assert.Equal(TrafficLight.Red, DeadlineScenario.ClockOf(detail, ClockKind.Answer).Light);
        Assert.Equal(-21, DeadlineScenario.ClockOf(detail, ClockKind.Answer).RemainingWorkingDays);
        Assert.Equal(
            ["时限预警（蓝灯）", "签收", "时限预警（蓝灯）", "时限预警（黄灯）", "时限预警（红灯）", "催办", "督办", "提级"],
            detail.Timeline.Skip(2).Select(t => t.Label));
        Assert.Equal(["Submit", "Dispatch", Case.DeadlineWarningAction, "SignFor", Case.DeadlineWarningAction, Case.DeadlineWarningAction, Case.DeadlineWarningAction, "Urge", "Supervise", "EscalateToLeader"],
            await _s.TimelineActionsAsync(number));
    }

    [Fact]
    public async Task Sweep_NotifiesBureauCoordinatorsAndLeader_AsTheLadderClimbs()
    {
        var number = await _s.DispatchedCaseAsync();
        _s.Clock.SetUtcNow(China(2026, 11, 23, 10));
        await _s.SendOkAsync(TestActors.LeadStaff, new SignForCaseCommand(number));
        await _s.DeliverNotificationsAsync();

        await _s.SweepAtAsync(China(2026, 12, 11));
        await _s.DeliverNotificationsAsync();

        // One sweep raised them all at once: compared as sets.
        Assert.Equal(
            new[] { $"新诉求待签收 {number}", $"红灯预警 {number}", $"催办 {number}", $"督办 {number}", $"提级 {number}" }.Order(),
            (await _s.InboxAsync("staff-zrzy")).Order());
        Assert.Equal(
            new[] { $"新诉求待签收 {number}", $"红灯预警 {number}", $"催办 {number}", $"督办 {number}", $"提级 {number}" }.Order(),
            (await _s.InboxAsync("head-zrzy")).Order());
        Assert.Equal(new[] { $"红灯预警 {number}", $"督办 {number}", $"提级 {number}" }.Order(), (await _s.InboxAsync("dispatcher")).Order());
        Assert.Equal([$"提级诉求待批示 {number}"], await _s.InboxAsync("leader"));
    }

    [Fact]
    public async Task Sweep_ChangesNothing_WhenRunTwiceOrAfterTheCaseMovedOn()
    {
        var number = await _s.DispatchedCaseAsync();
        _s.Clock.SetUtcNow(China(2026, 11, 23, 10));
        await _s.SendOkAsync(TestActors.LeadStaff, new SignForCaseCommand(number));
        await _s.SweepAtAsync(China(2026, 12, 2, 9));
        var before = await _s.TimelineActionsAsync(number);

        var again = await _s.SweepAsync();
        await _s.SendOkAsync(TestActors.LeadStaff, new AnswerCaseCommand(number, "经研究，可纳入下批次工业用地供应计划。"));
        var afterAnswer = await _s.SweepAtAsync(China(2026, 12, 3, 9));

        Assert.Empty(again.Transitions);
        Assert.Equal(0, again.CasesChecked);
        Assert.Empty(afterAnswer);
        Assert.Equal([.. before, "Answer"], await _s.TimelineActionsAsync(number));
    }

    [Fact]
    public async Task Sweep_FollowsReturnRedispatchPauseAndExtension_WithEveryDeadlineFromTheCalendar()
    {
        var number = await _s.DispatchedCaseAsync();

        // 退单 within the return window, approved: the case is redispatched to 商务局 and every clock restarts.
        _s.Clock.SetUtcNow(China(2026, 11, 23, 15));
        await _s.SendOkAsync(TestActors.LeadStaff, new RequestReturnCommand(number, "不属于本单位职责"));
        var redispatchedAt = China(2026, 11, 24, 10);
        _s.Clock.SetUtcNow(redispatchedAt);
        await _s.SendOkAsync(DeadlineScenario.Coordinator, new ApproveReturnCommand(number, TestActors.OtherBureau, [], false));
        var detail = await _s.DetailAsync(number);
        Assert.Equal(Deadlines.AddWorkingDays(redispatchedAt, 1).Due, DeadlineScenario.ClockOf(detail, ClockKind.SignFor).DueAt);
        var answerDue = Deadlines.AddWorkingDays(redispatchedAt, 7);
        Assert.Equal(new DateOnly(2026, 12, 3), answerDue.DueDate);
        Assert.Equal(answerDue.Due, DeadlineScenario.ClockOf(detail, ClockKind.Answer).DueAt);
        Assert.Equal(["SignFor:Blue"], await _s.SweepAtAsync(China(2026, 11, 25, 8)));
        await _s.SendOkAsync(OtherStaff, new SignForCaseCommand(number));

        // Waiting for the enterprise from Wednesday 11-25 to Monday 12-07 pauses the answer clock for 8 working days:
        // no warning while paused, though the old deadline passes meanwhile.
        _s.Clock.SetUtcNow(China(2026, 11, 25, 9));
        await _s.SendOkAsync(OtherStaff, new RequestInformationCommand(number, "请补充项目用地面积和投资计划"));
        Assert.Equal(ClockStatus.Paused, DeadlineScenario.ClockOf(await _s.DetailAsync(number), ClockKind.Answer).Status);
        Assert.Empty(await _s.SweepAtAsync(China(2026, 12, 4, 9)));
        _s.Clock.SetUtcNow(China(2026, 12, 7, 10));
        await _s.SendOkAsync(TestActors.Entrepreneur with { EnterpriseId = detail.Enterprise.Id }, new SupplyInformationCommand(number, "约30亩，投资2亿元"));
        var resumed = Deadlines.ExtendByPause(answerDue, China(2026, 11, 25, 9), China(2026, 12, 7, 10));
        Assert.Equal(new DateOnly(2026, 12, 15), resumed.DueDate);
        Assert.Equal(resumed.Due, DeadlineScenario.ClockOf(await _s.DetailAsync(number), ClockKind.Answer).DueAt);

        // An extension asked for in time and approved gives a new deadline, and the warnings start over for it.
        Assert.Equal(["Answer:Blue"], await _s.SweepAtAsync(China(2026, 12, 14, 9)));
        await _s.SendOkAsync(OtherStaff, new RequestExtensionCommand(number, new DateOnly(2026, 12, 22), "需要现场踏勘"));
        await _s.SendOkAsync(DeadlineScenario.Coordinator, new ApproveExtensionCommand(number, null));
        detail = await _s.DetailAsync(number);
        Assert.Equal(Deadlines.EndingOn(new DateOnly(2026, 12, 22)).Due, DeadlineScenario.ClockOf(detail, ClockKind.Answer).DueAt);
        Assert.Equal(TrafficLight.None, DeadlineScenario.ClockOf(detail, ClockKind.Answer).Light);
        Assert.Empty(await _s.SweepAtAsync(China(2026, 12, 16, 9)));
        Assert.Equal(["Answer:Blue"], await _s.SweepAtAsync(China(2026, 12, 21, 9)));
        Assert.Equal(["Answer:Yellow"], await _s.SweepAtAsync(China(2026, 12, 22, 9)));

        // Answered on the due day: the evaluation window runs 3 working days, then the case closes as not evaluated.
        _s.Clock.SetUtcNow(China(2026, 12, 22, 11));
        await _s.SendOkAsync(OtherStaff, new AnswerCaseCommand(number, "已协调纳入下批次工业用地供应计划。"));
        var evaluationDue = Deadlines.AddWorkingDays(China(2026, 12, 22, 11), 3);
        Assert.Equal(China(2026, 12, 26), evaluationDue.Due);
        Assert.Equal(evaluationDue.Due, DeadlineScenario.ClockOf(await _s.DetailAsync(number), ClockKind.Evaluation).DueAt);
        Assert.Empty(await _s.SweepAtAsync(evaluationDue.Due.AddMinutes(-1)));
        Assert.Equal(["Evaluation:CloseUnevaluated"], await _s.SweepAtAsync(evaluationDue.Due));

        detail = await _s.DetailAsync(number);
        Assert.Equal(CaseState.Closed, detail.State);
        Assert.Equal(CloseReason.NotEvaluated, detail.CloseReason);
        Assert.Equal(EscalationLevel.None, detail.EscalationLevel);
    }

    [Fact]
    public async Task ApproveReturn_ElevatesToLeader_WhenTheSameCaseIsReturnedTwice()
    {
        var number = await _s.DispatchedCaseAsync();
        await _s.SendOkAsync(TestActors.LeadStaff, new RequestReturnCommand(number, "不属于本单位职责"));
        await _s.SendOkAsync(DeadlineScenario.Coordinator, new ApproveReturnCommand(number, TestActors.OtherBureau, [], false));
        await _s.SendOkAsync(OtherStaff, new RequestReturnCommand(number, "也不属于本单位职责"));
        await _s.SendOkAsync(DeadlineScenario.Coordinator, new ApproveReturnCommand(number, TestActors.LeadBureau, [], false));

        await _s.DeliverNotificationsAsync();
        await _s.DeliverNotificationsAsync();

        var detail = await _s.DetailAsync(number);
        Assert.Equal(EscalationLevel.Elevated, detail.EscalationLevel);
        Assert.Contains("退单2次", detail.Timeline[^1].Note);
        Assert.Equal([$"提级诉求待批示 {number}"], await _s.InboxAsync("leader"));
    }
}
