using System.Globalization;
using ServiceBot.Domain.Cases.Events;
using ServiceBot.Domain.Common;

namespace ServiceBot.Domain.Cases;

/// <summary>What the coordinator office (三服务办) does with a case: dispatch, rulings, merging, closing, reopening.</summary>
public sealed partial class Case
{
    /// <summary>交办 to a lead bureau with optional co-handlers; starts every clock.</summary>
    public Result Dispatch(DispatchPlan plan, LifecycleContext context)
    {
        var valid = ValidatePlan(plan);
        return valid.IsSuccess ? Fire(CaseTrigger.Dispatch, plan, context, note: null, PlanData(plan)) : valid;
    }

    /// <summary>改派: moves an open case to another lead bureau; the clocks restart.</summary>
    public Result Redispatch(DispatchPlan plan, string? reason, LifecycleContext context)
    {
        var valid = ValidatePlan(plan);
        if (!valid.IsSuccess)
        {
            return valid;
        }

        var text = RequireText(reason, "改派理由");
        return text.IsSuccess ? Fire(CaseTrigger.Redispatch, plan, context, text.Value, PlanData(plan)) : text;
    }

    /// <summary>Approves a return by redispatching the case to the right bureau.</summary>
    public Result ApproveReturn(DispatchPlan plan, LifecycleContext context)
    {
        var valid = ValidatePlan(plan);
        if (!valid.IsSuccess)
        {
            return valid;
        }

        if (string.Equals(plan.LeadBureauCode, LeadBureauCode, StringComparison.Ordinal))
        {
            return Error.Validation("case.return.sameBureau", "同意退单后须改派给其他单位；如仍由原单位办理，请选择“不同意退单”。");
        }

        var returning = LeadBureauCode!;
        return Fire(CaseTrigger.ApproveReturn, plan, context, note: null, PlanData(plan), () =>
        {
            ReturnCount++;
            Raise(new CaseReturnRuled(Id, Number, context.Now, Approved: true, returning));
        });
    }

    /// <summary>Keeps the case with the bureau that asked to return it.</summary>
    public Result RejectReturn(string? reason, LifecycleContext context)
    {
        var text = RequireText(reason, "不同意退单的理由");
        return text.IsSuccess
            ? Fire(CaseTrigger.RejectReturn, context, text.Value, effect: () =>
                Raise(new CaseReturnRuled(Id, Number, context.Now, Approved: false, LeadBureauCode!)))
            : text;
    }

    /// <summary>Approves an extension; the coordinator may set another date than the one asked for.</summary>
    public Result ApproveExtension(DateOnly? approvedDueDate, LifecycleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var date = approvedDueDate ?? RequestedExtensionDate;
        if (date is null)
        {
            return Error.Validation("case.extension.date", "请填写批准的新办结日期。");
        }

        if (!context.Deadlines.Calendar.IsWorkingDay(date.Value))
        {
            return Error.Validation("case.extension.date", $"{date.Value:yyyy-MM-dd} 不是工作日，时限不能止于非工作日。");
        }

        var deadline = context.Deadlines.EndingOn(date.Value);
        var data = new Dictionary<string, string> { ["answerDueDate"] = date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        return Fire(CaseTrigger.ApproveExtension, context, note: null, data, () =>
        {
            ActiveClock(ClockKind.Answer)?.Reschedule(deadline);
            ExtensionCount++;
            RequestedExtensionDate = null;
            Raise(new CaseExtensionRuled(Id, Number, context.Now, Approved: true, deadline.Due));
        });
    }

    public Result RejectExtension(string? reason, LifecycleContext context)
    {
        var text = RequireText(reason, "不同意延期的理由");
        return text.IsSuccess
            ? Fire(CaseTrigger.RejectExtension, context, text.Value, effect: () =>
            {
                RequestedExtensionDate = null;
                Raise(new CaseExtensionRuled(Id, Number, context.Now, Approved: false, ActiveClock(ClockKind.Answer)?.DueAt ?? context.Now));
            })
            : text;
    }

    /// <summary>Merges a duplicate into another case; the other case carries on.</summary>
    public Result MergeInto(Case target, LifecycleContext context)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Id == Id || !target.IsOpen)
        {
            return Error.Validation("case.merge.target", "只能合并到另一件未办结的诉求。");
        }

        return Fire(CaseTrigger.Merge, context, note: null, new Dictionary<string, string> { ["into"] = target.Number }, () =>
        {
            MergedIntoCaseId = target.Id;
            MergedIntoNumber = target.Number;
            Raise(new CaseMerged(Id, Number, context.Now, target.Number));
        });
    }

    /// <summary>办结 by the coordinator while the answer waits for an evaluation, with a stated reason.</summary>
    public Result Close(string? reason, LifecycleContext context)
    {
        var text = RequireText(reason, "办结说明");
        return text.IsSuccess ? Fire(CaseTrigger.Close, context, text.Value, effect: () => Closed(Cases.CloseReason.ByCoordinator, context)) : text;
    }

    /// <summary>重办: the lead bureau handles the case again with a fresh answer clock.</summary>
    public Result Reopen(string? reason, LifecycleContext context)
    {
        var text = RequireText(reason, "重办理由");
        return text.IsSuccess ? Fire(CaseTrigger.Reopen, context, text.Value, effect: () => Reopened(text.Value, context)) : text;
    }

    private void Reopened(string reason, LifecycleContext context)
    {
        ReopenCount++;
        ClosedAt = null;
        CloseReason = null;
        var answer = StartAnswerClock(context);
        Raise(new CaseReopened(Id, Number, context.Now, reason, answer.DueAt));
    }

    private void Closed(CloseReason reason, LifecycleContext context)
    {
        CloseReason = reason;
        Raise(new CaseClosed(Id, Number, context.Now, reason));
    }

    private static Result ValidatePlan(DispatchPlan? plan) =>
        plan is null || string.IsNullOrWhiteSpace(plan.LeadBureauCode)
            ? Error.Validation("case.dispatch.lead", "请选择牵头单位。")
            : Result.Success;

    private static Dictionary<string, string> PlanData(DispatchPlan plan) => new()
    {
        ["lead"] = plan.LeadBureauCode,
        ["coHandlers"] = string.Join(",", plan.DistinctCoHandlers),
    };
}
