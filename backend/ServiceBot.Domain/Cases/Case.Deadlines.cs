using System.Globalization;
using ServiceBot.Domain.Calendar;
using ServiceBot.Domain.Cases.Events;
using ServiceBot.Domain.Sla;

namespace ServiceBot.Domain.Cases;

/// <summary>The deadline engine's view of a case: traffic lights, the automatic escalation ladder, and the next check.</summary>
public sealed partial class Case
{
    /// <summary>The timeline action of a traffic-light warning (not a lifecycle trigger: the state does not change).</summary>
    public const string DeadlineWarningAction = "DeadlineWarning";

    /// <summary>
    /// 时限检查: what happens when a clock's milestone comes. Announces the clock's light, climbs the escalation
    /// ladder (催办 → 督办 → 提级, each a lifecycle trigger fired by the system), closes a case whose evaluation
    /// window passed as not evaluated, and raises a case returned or found unsatisfied too often to the leader in
    /// charge. Returns what it did.
    /// </summary>
    /// <remarks>
    /// Idempotent by its data, not by the scheduler firing once: every clock records the light and the escalation
    /// step already handled for its current deadline, and the case its escalation level. A check that runs twice,
    /// late, concurrently (the loser's save conflicts and is retried against the winner's data) or after the case
    /// moved on changes nothing more. Steps missed while nothing checked are taken one by one, in order; of the
    /// lights only the current one is announced.
    /// </remarks>
    public IReadOnlyList<DeadlineTransition> CheckDeadlines(string? leaderInChargeCode, LifecycleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ctx = context.AsSystem();
        var done = new List<DeadlineTransition>();
        if (IsOpen)
        {
            var evaluation = ActiveClock(ClockKind.Evaluation);
            if (evaluation is not null && ctx.Now >= evaluation.DueAt && CloseUnevaluated(ctx).IsSuccess)
            {
                done.Add(new DeadlineTransition(evaluation.Id, evaluation.Kind, nameof(CaseTrigger.CloseUnevaluated), evaluation.DueAt));
            }
            else
            {
                // In deadline order, so the timeline reads in the order things fell due whatever order the clocks were loaded in.
                foreach (var clock in _clocks.Where(k => k.Status == ClockStatus.Running).OrderBy(k => k.DueAt).ThenBy(k => k.Kind).ToList())
                {
                    CheckClock(clock, leaderInChargeCode, ctx, done);
                }

                ElevateRepeatedCase(leaderInChargeCode, ctx, done);
            }
        }

        RefreshDeadlineChecks(ctx);
        return done;
    }

    /// <summary>The timeline action of a deadline recounted under a newly loaded holiday notice.</summary>
    public const string DeadlineRecountAction = "DeadlineRecount";

    /// <summary>
    /// Recounts the deadlines that were counted across a year whose holiday notice was not loaded (provisional),
    /// now that <paramref name="context"/>'s calendar has it: the same number of working days from the same start,
    /// counted under the notice, so no deadline ends on one of its holidays. Returns how many due dates moved.
    /// </summary>
    /// <param name="previous">The calendar the deadlines were counted with.</param>
    public int RecountProvisionalDeadlines(WorkingCalendar previous, LifecycleContext context)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(context);
        var ctx = context.AsSystem();
        var moved = 0;
        foreach (var clock in _clocks.Where(k => k.IsActive && k.IsWorkingDays && k.Provisional).ToList())
        {
            var start = ctx.Deadlines.LocalDate(clock.StartedAt);
            var recounted = ctx.Deadlines.AddWorkingDays(clock.StartedAt, previous.CountWorkingDays(start, clock.DueDate));
            var from = clock.DueDate;
            clock.Recount(recounted);
            if (recounted.DueDate != from)
            {
                moved++;
                var note = $"按新导入的节假日安排重新计算{clock.Kind.ToChinese()}：{from:yyyy-MM-dd} → {recounted.DueDate:yyyy-MM-dd}"
                    + (recounted.Provisional ? "（仍为暂定）。" : "。");
                Append(DeadlineRecountAction, State, State, ctx, note, new Dictionary<string, string>
                {
                    ["clock"] = clock.Kind.ToString(),
                    ["from"] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["to"] = recounted.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                });
            }
        }

        RefreshDeadlineChecks(ctx);
        return moved;
    }

    /// <summary>The light of a clock now, for people (computed, not the one announced).</summary>
    public static TrafficLight LightOf(CaseClock clock, LifecycleContext context)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(context);
        return clock.Status == ClockStatus.Running
            ? ClockMilestones.For(clock, context.Sla, context.Deadlines).LightAt(context.Now)
            : TrafficLight.None;
    }

    private void CheckClock(CaseClock clock, string? leaderInChargeCode, LifecycleContext ctx, List<DeadlineTransition> done)
    {
        var milestones = ClockMilestones.For(clock, ctx.Sla, ctx.Deadlines);
        var light = milestones.LightAt(ctx.Now);
        if (light > clock.AnnouncedLight)
        {
            AnnounceLight(clock, light, ctx);
            done.Add(new DeadlineTransition(clock.Id, clock.Kind, light.ToString(), LightStart(milestones, light)));
        }

        var reached = milestones.EscalationStepAt(ctx.Now);
        for (var step = clock.EscalationStep + 1; step <= reached; step++)
        {
            var trigger = FireEscalationStep(clock, step, leaderInChargeCode, ctx);

            // Recorded even when the step could not fire (already raised to a leader, no leader configured):
            // retrying it at every check would never succeed and never let the clock's next check move on.
            clock.RecordHandled(TrafficLight.None, step);
            if (trigger is not null)
            {
                done.Add(new DeadlineTransition(clock.Id, clock.Kind, trigger.Value.ToString(), milestones.EscalationAt[step - 1]));
            }
        }
    }

    private CaseTrigger? FireEscalationStep(CaseClock clock, int step, string? leaderInChargeCode, LifecycleContext ctx)
    {
        var overdueDays = ctx.Sla.Escalation.OverdueWorkingDaysByStep[step - 1];
        var late = overdueDays == 0 ? $"{clock.Kind.ToChinese()}已于{DueText(clock)}到期" : $"{clock.Kind.ToChinese()}超期{overdueDays}个工作日（{DueText(clock)}到期）";
        switch (step)
        {
            case 1:
                return Urge($"{late}，系统自动催办。", ctx).IsSuccess ? CaseTrigger.Urge : null;
            case 2:
                return Supervise($"{late}，系统自动督办。", ctx).IsSuccess ? CaseTrigger.Supervise : null;
            default:
                if (EscalationLevel == EscalationLevel.Elevated || leaderInChargeCode is null)
                {
                    return null;
                }

                return EscalateToLeader(leaderInChargeCode, $"{late}，提级至分管县领导。", ctx).IsSuccess ? CaseTrigger.EscalateToLeader : null;
        }
    }

    private void ElevateRepeatedCase(string? leaderInChargeCode, LifecycleContext ctx, List<DeadlineTransition> done)
    {
        if (EscalationLevel == EscalationLevel.Elevated || leaderInChargeCode is null)
        {
            return;
        }

        var reason = ctx.Sla.Escalation.RepeatReason(UnsatisfiedCount, ReturnCount);
        if (reason is not null && EscalateToLeader(leaderInChargeCode, $"{reason}，提级至分管县领导。", ctx).IsSuccess)
        {
            done.Add(new DeadlineTransition(null, null, nameof(CaseTrigger.EscalateToLeader), ctx.Now));
        }
    }

    private void AnnounceLight(CaseClock clock, TrafficLight light, LifecycleContext ctx)
    {
        var name = clock.Kind.ToChinese();
        var message = light switch
        {
            TrafficLight.Blue => $"{name}将于{DueText(clock)}到期，请抓紧办理。",
            TrafficLight.Yellow when clock.Kind == ClockKind.SignFor => $"{name}已于{DueText(clock)}届满，诉求尚未签收。",
            TrafficLight.Yellow => $"{name}今日到期（{DueText(clock)}）。",
            _ => $"{name}已超期（{DueText(clock)}到期）。",
        };
        clock.RecordHandled(light, 0);
        var data = new Dictionary<string, string>
        {
            ["clock"] = clock.Kind.ToString(),
            ["light"] = light.ToString(),
            ["due"] = clock.DueAt.ToString("O", CultureInfo.InvariantCulture),
        };
        if (clock.BureauCode is not null)
        {
            data["bureau"] = clock.BureauCode;
        }

        Append(DeadlineWarningAction, State, State, ctx, message, data);
        Raise(new CaseClockLightChanged(Id, Number, ctx.Now, clock.Kind, clock.BureauCode, light, clock.DueAt, message));
    }

    /// <summary>Plans every clock's next check; runs after every lifecycle action, in the same save.</summary>
    private void RefreshDeadlineChecks(LifecycleContext ctx)
    {
        foreach (var clock in _clocks)
        {
            clock.PlanNextCheck(ctx.Sla, ctx.Deadlines);
        }
    }

    private static DateTimeOffset LightStart(ClockMilestones milestones, TrafficLight light) => light switch
    {
        TrafficLight.Blue => milestones.BlueAt!.Value,
        TrafficLight.Yellow => milestones.YellowAt!.Value,
        _ => milestones.RedAt!.Value,
    };

    /// <summary>A due instant as people say it: working-day deadlines end at 24:00 of their due day.</summary>
    private static string DueText(CaseClock clock) => clock.IsWorkingDays
        ? clock.DueDate.ToString("M月d日24时", CultureInfo.InvariantCulture)
        : clock.DueAt.ToString("M月d日HH:mm", CultureInfo.InvariantCulture);
}
