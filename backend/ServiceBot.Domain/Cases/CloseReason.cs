namespace ServiceBot.Domain.Cases;

public enum CloseReason
{
    /// <summary>The enterprise evaluated the answer as satisfied or basically satisfied.</summary>
    Evaluated,

    /// <summary>The evaluation window passed without an evaluation; this is not counted as satisfied.</summary>
    NotEvaluated,

    /// <summary>The coordinator office closed the case with a stated reason.</summary>
    ByCoordinator,
}
