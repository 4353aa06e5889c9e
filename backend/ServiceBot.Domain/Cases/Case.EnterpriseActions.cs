using ServiceBot.Domain.Cases.Events;
using ServiceBot.Domain.Common;

namespace ServiceBot.Domain.Cases;

/// <summary>What the enterprise does with its case: supply information, evaluate the answer, withdraw.</summary>
public sealed partial class Case
{
    /// <summary>补充材料: the information the bureau asked for; the answer clock resumes.</summary>
    public Result SupplyInformation(string? information, LifecycleContext context)
    {
        var text = RequireText(information, "补充内容", minLength: 1);
        return text.IsSuccess
            ? Fire(CaseTrigger.SupplyInformation, context, text.Value, effect: () =>
            {
                PendingInformationRequest = null;
                Raise(new CaseInformationSupplied(Id, Number, context.Now, text.Value));
            })
            : text;
    }

    /// <summary>
    /// 评价: a satisfied or basically satisfied evaluation closes the case (办结); an unsatisfied one reopens it (重办)
    /// with the enterprise's comment as the reason.
    /// </summary>
    public Result Evaluate(EvaluationRating rating, bool solved, string? comment, LifecycleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (rating == EvaluationRating.Unsatisfied && string.IsNullOrWhiteSpace(comment))
        {
            return Error.Validation("case.evaluation.comment", "请简要说明不满意的原因，以便责任单位重新办理。");
        }

        var evaluation = new CaseEvaluation(rating, solved, comment, context.Now);
        var data = new Dictionary<string, string> { ["rating"] = rating.ToString(), ["solved"] = solved ? "true" : "false" };
        return Fire(CaseTrigger.Evaluate, evaluation, context, evaluation.Comment, data, () =>
        {
            _evaluations.Add(evaluation.Of(LeadBureauCode));
            Raise(new CaseEvaluated(Id, Number, context.Now, rating, solved));
            if (rating == EvaluationRating.Unsatisfied)
            {
                UnsatisfiedCount++;
                Reopened($"企业不满意：{evaluation.Comment}", context);
            }
            else
            {
                Closed(Cases.CloseReason.Evaluated, context);
            }
        });
    }

    /// <summary>撤回 by the enterprise (or by the coordinator on its behalf).</summary>
    public Result Withdraw(string? reason, LifecycleContext context)
    {
        var text = RequireText(reason, "撤回原因", minLength: 1);
        return text.IsSuccess
            ? Fire(CaseTrigger.Withdraw, context, text.Value, effect: () => Raise(new CaseWithdrawn(Id, Number, context.Now, text.Value)))
            : text;
    }
}
