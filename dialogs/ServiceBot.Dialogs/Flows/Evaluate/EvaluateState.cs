using ServiceBot.Domain.Cases;

namespace ServiceBot.Dialogs.Flows.Evaluate;

internal sealed class EvaluateState
{
    public string? CaseNumber { get; set; }

    /// <summary>Given in the message already (评价 QY… 不满意, or the answer notification's button).</summary>
    public EvaluationRating? Rating { get; set; }

    public bool Solved { get; set; }
}
