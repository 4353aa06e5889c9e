using System.Globalization;
using ServiceBot.Domain.Cases.Events;
using ServiceBot.Domain.Common;

namespace ServiceBot.Domain.Cases;

/// <summary>What the lead bureau and co-handling bureaus do with a case.</summary>
public sealed partial class Case
{
    /// <summary>签收: the lead bureau accepts the case and starts handling it.</summary>
    public Result SignFor(LifecycleContext context) => Fire(CaseTrigger.SignFor, context, note: null, effect: () =>
    {
        SignedForAt = context.Now;
        ActiveClock(ClockKind.SignFor)?.Complete(context.Now);
        Raise(new CaseSignedFor(Id, Number, context.Now, LeadBureauCode!));
    });

    /// <summary>Records that the bureau contacted the enterprise (stops the urgent-contact clock).</summary>
    public Result LogContact(string? note, LifecycleContext context)
    {
        var text = RequireText(note, "联系情况");
        return text.IsSuccess
            ? Fire(CaseTrigger.LogContact, context, text.Value, effect: () =>
            {
                ActiveClock(ClockKind.Contact)?.Complete(context.Now);
                Raise(new CaseContactLogged(Id, Number, context.Now, text.Value));
            })
            : text;
    }

    /// <summary>阶段性答复: tells the enterprise how things stand before the final answer.</summary>
    public Result PostStageReply(string? text, LifecycleContext context)
    {
        var reply = RequireText(text, "阶段性答复内容");
        return reply.IsSuccess
            ? Fire(CaseTrigger.PostStageReply, context, reply.Value, effect: () => Raise(new CaseStageReplied(Id, Number, context.Now, reply.Value)))
            : reply;
    }

    /// <summary>Asks the enterprise for information; the answer clock pauses until it is supplied (when so configured).</summary>
    public Result RequestInformation(string? question, LifecycleContext context)
    {
        var text = RequireText(question, "需要企业补充的内容");
        return text.IsSuccess
            ? Fire(CaseTrigger.RequestInformation, context, text.Value, effect: () =>
            {
                PendingInformationRequest = text.Value;
                Raise(new CaseInformationRequested(Id, Number, context.Now, text.Value));
            })
            : text;
    }

    /// <summary>A co-handling bureau's input to the lead bureau.</summary>
    public Result SubmitCoHandlerInput(string? input, LifecycleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = RequireText(input, "协办意见");
        if (!text.IsSuccess)
        {
            return text;
        }

        var bureau = context.Actor.BureauCode ?? string.Empty;
        return Fire(CaseTrigger.SubmitCoHandlerInput, context, text.Value, new Dictionary<string, string> { ["bureau"] = bureau }, () =>
        {
            _coHandlers.First(c => c.BureauCode == bureau).RecordInput(text.Value, context.Now);
            ActiveClock(ClockKind.CoHandlerReport, bureau)?.Complete(context.Now);
            Raise(new CaseCoHandlerReported(Id, Number, context.Now, bureau, text.Value));
        });
    }

    /// <summary>退单: the lead bureau says the case is not its business, within the return window.</summary>
    public Result RequestReturn(string? reason, LifecycleContext context)
    {
        var text = RequireText(reason, "退单理由");
        return text.IsSuccess
            ? Fire(CaseTrigger.RequestReturn, context, text.Value, effect: () =>
                Raise(new CaseReturnRequested(Id, Number, context.Now, LeadBureauCode!, text.Value)))
            : text;
    }

    /// <summary>延期: asks for a later answer deadline, at least a working day before the current one.</summary>
    public Result RequestExtension(DateOnly requestedDueDate, string? reason, LifecycleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = RequireText(reason, "延期理由");
        if (!text.IsSuccess)
        {
            return text;
        }

        var answer = ActiveClock(ClockKind.Answer);
        if (answer is not null && requestedDueDate <= answer.DueDate)
        {
            return Error.Validation("case.extension.date", $"申请的新办结日期须晚于当前时限 {answer.DueDate:yyyy-MM-dd}。");
        }

        if (!context.Deadlines.Calendar.IsWorkingDay(requestedDueDate))
        {
            return Error.Validation("case.extension.date", $"{requestedDueDate:yyyy-MM-dd} 不是工作日，时限不能止于非工作日。");
        }

        var data = new Dictionary<string, string> { ["requestedDueDate"] = requestedDueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        return Fire(CaseTrigger.RequestExtension, context, text.Value, data, () =>
        {
            RequestedExtensionDate = requestedDueDate;
            Raise(new CaseExtensionRequested(Id, Number, context.Now, requestedDueDate, text.Value));
        });
    }

    /// <summary>答复: sends the answer, or hands it to the bureau head when answers need approval.</summary>
    public Result SubmitAnswer(string? answer, LifecycleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = RequireText(answer, "答复内容", minLength: 5);
        if (!text.IsSuccess)
        {
            return text;
        }

        return Fire(CaseTrigger.Answer, context, text.Value, effect: () =>
        {
            if (State == CaseState.AnswerPendingApproval)
            {
                PendingAnswer = text.Value;
                Raise(new CaseAnswerAwaitingApproval(Id, Number, context.Now, LeadBureauCode!));
            }
            else
            {
                Deliver(text.Value, context);
            }
        });
    }

    /// <summary>The bureau head approves the pending answer, which is then sent.</summary>
    public Result ApproveAnswer(LifecycleContext context)
    {
        var pending = PendingAnswer;
        return Fire(CaseTrigger.ApproveAnswer, context, pending, effect: () => Deliver(pending!, context));
    }

    /// <summary>The bureau head sends the answer back with a reason.</summary>
    public Result RejectAnswer(string? reason, LifecycleContext context)
    {
        var text = RequireText(reason, "退回理由");
        return text.IsSuccess ? Fire(CaseTrigger.RejectAnswer, context, text.Value, effect: () => PendingAnswer = null) : text;
    }

    private void Deliver(string answer, LifecycleContext context)
    {
        Answer = answer;
        PendingAnswer = null;
        PendingInformationRequest = null;
        AnsweredAt = context.Now;
        var evaluationDue = ActiveClock(ClockKind.Evaluation)!.DueAt;
        Raise(new CaseAnswered(Id, Number, context.Now, answer, evaluationDue));
    }
}
