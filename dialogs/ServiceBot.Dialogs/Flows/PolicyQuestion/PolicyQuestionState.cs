using ServiceBot.Domain.Cases;

namespace ServiceBot.Dialogs.Flows.PolicyQuestion;

/// <summary>
/// The question and the consultation the knowledge base would file for it. Citations are not stored: a choice from a
/// short list is looked up again (the answer is deterministic), which keeps the stored state small.
/// </summary>
internal sealed class PolicyQuestionState
{
    public string? Question { get; set; }

    /// <summary>What the last yes/no question asked: whether the answer solved it, or whether to file a consultation.</summary>
    public bool AskingToFile { get; set; }

    public string? OfferBureauCode { get; set; }

    public string? OfferBureauName { get; set; }

    public string? OfferText { get; set; }

    public CaseComplexity Complexity { get; set; } = CaseComplexity.Normal;
}
