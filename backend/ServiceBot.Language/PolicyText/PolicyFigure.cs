namespace ServiceBot.Language.PolicyText;

/// <summary>
/// A figure a policy states, as written ("500万元以上") and as a value with its unit. <see cref="Qualifier"/> makes
/// it a threshold or a cap (以上, 以下, 最高, 不低于, 超过 …).
/// </summary>
public sealed record PolicyFigure(PolicyFigureKind Kind, string Text, decimal Value, string Unit, string? Qualifier)
{
    public bool IsThreshold => Qualifier is not null;
}
