namespace ServiceBot.Language.Classification;

/// <summary>One label of a classification with the model's probability for it.</summary>
internal sealed record LabelScore(string Label, double Probability);
