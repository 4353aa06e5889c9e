using ServiceBot.Language.PolicyText;

namespace ServiceBot.Application.Policies.Common;

/// <summary>A figure a quoted sentence states ("500万元以上": Amount, 500, 万元, 以上).</summary>
public sealed record PolicyFigureView(PolicyFigureKind Kind, string Text, decimal Value, string Unit, string? Qualifier);
