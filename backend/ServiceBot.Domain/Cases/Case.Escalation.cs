using System.Globalization;
using ServiceBot.Domain.Cases.Events;
using ServiceBot.Domain.Common;

namespace ServiceBot.Domain.Cases;

/// <summary>The escalation ladder (催办 → 督办 → 提级), leaders' instructions, and closing unevaluated cases.</summary>
public sealed partial class Case
{
    /// <summary>催办: a reminder to the handler and the bureau head.</summary>
    public Result Urge(string? reason, LifecycleContext context) => Escalate(CaseTrigger.Urge, EscalationLevel.Urged, reason, context);

    /// <summary>督办: the coordinator office takes up supervision.</summary>
    public Result Supervise(string? reason, LifecycleContext context) => Escalate(CaseTrigger.Supervise, EscalationLevel.Supervised, reason, context);

    /// <summary>提级: the case goes to the county leader in charge of the lead bureau.</summary>
    public Result EscalateToLeader(string leaderCode, string? reason, LifecycleContext context)
    {
        var text = RequireText(reason, "提级原因");
        if (!text.IsSuccess)
        {
            return text;
        }

        if (string.IsNullOrWhiteSpace(leaderCode))
        {
            return Error.Validation("case.escalation.leader", "请指定分管县领导。");
        }

        var data = new Dictionary<string, string> { ["level"] = EscalationLevel.Elevated.ToString(), ["leader"] = leaderCode };
        return Fire(CaseTrigger.EscalateToLeader, leaderCode, context, text.Value, data, () =>
            Raise(new CaseEscalated(Id, Number, context.Now, EscalationLevel.Elevated, text.Value, leaderCode)));
    }

    /// <summary>批示: a county leader's instruction, optionally with a new answer deadline and more co-handlers.</summary>
    public Result Instruct(LeaderInstruction instruction, LifecycleContext context)
    {
        ArgumentNullException.ThrowIfNull(instruction);
        ArgumentNullException.ThrowIfNull(context);
        var text = RequireText(instruction.Text, "批示内容");
        if (!text.IsSuccess)
        {
            return text;
        }

        var answer = ActiveClock(ClockKind.Answer);
        if (instruction.NewDueDate is { } newDate && !context.Deadlines.Calendar.IsWorkingDay(newDate))
        {
            return Error.Validation("case.instruction.date", $"{newDate:yyyy-MM-dd} 不是工作日，时限不能止于非工作日。");
        }

        var data = new Dictionary<string, string> { ["addCoHandlers"] = string.Join(",", instruction.AddCoHandlers) };
        if (instruction.NewDueDate is { } due)
        {
            data["answerDueDate"] = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return Fire(CaseTrigger.Instruct, instruction with { Text = text.Value }, context, text.Value, data, () =>
        {
            DateTimeOffset? newDue = null;
            if (instruction.NewDueDate is { } date && answer is not null)
            {
                var deadline = context.Deadlines.EndingOn(date);
                answer.Reschedule(deadline);
                newDue = deadline.Due;
            }

            foreach (var code in instruction.AddCoHandlers.Where(c => c != LeadBureauCode && !IsCoHandler(c)).Distinct())
            {
                _coHandlers.Add(new CaseCoHandler(code, context.Now));
                _clocks.Add(CaseClock.StartWorkingDays(ClockKind.CoHandlerReport, context.Now, context.Sla.CoHandlerReportWorkingDays, context.Deadlines, code));
            }

            Raise(new CaseInstructed(Id, Number, context.Now, text.Value, newDue));
        });
    }

    /// <summary>The evaluation window passed: the case closes as not evaluated (never as satisfied).</summary>
    public Result CloseUnevaluated(LifecycleContext context) =>
        Fire(CaseTrigger.CloseUnevaluated, context, "企业未在评价期内评价", effect: () => Closed(Cases.CloseReason.NotEvaluated, context));

    private Result Escalate(CaseTrigger trigger, EscalationLevel level, string? reason, LifecycleContext context)
    {
        var text = RequireText(reason, trigger == CaseTrigger.Urge ? "催办说明" : "督办说明");
        return text.IsSuccess
            ? Fire(trigger, context, text.Value, new Dictionary<string, string> { ["level"] = level.ToString() }, () =>
                Raise(new CaseEscalated(Id, Number, context.Now, level, text.Value, null)))
            : text;
    }
}
