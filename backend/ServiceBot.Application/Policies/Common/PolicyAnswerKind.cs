namespace ServiceBot.Application.Policies.Common;

public enum PolicyAnswerKind
{
    /// <summary>One article answers the question confidently.</summary>
    Answered,

    /// <summary>Several articles answer it about equally well: the asker chooses.</summary>
    Choices,

    /// <summary>No article answers it well enough: say so, and offer a consultation case.</summary>
    NoAnswer,
}
