namespace ServiceBot.Domain.Cases;

public enum EvaluationRating
{
    /// <summary>满意.</summary>
    Satisfied,

    /// <summary>基本满意.</summary>
    BasicallySatisfied,

    /// <summary>不满意: reopens the case.</summary>
    Unsatisfied,
}
