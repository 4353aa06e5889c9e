using ServiceBot.Language.Classification;

namespace ServiceBot.Language.Triage;

/// <summary>The knobs of triage's model, chosen by cross-validation on the training part only.</summary>
internal sealed record TriageModelOptions(
    FeaturizerOptions Featurizer,
    TrainingOptions Training,
    bool UseDuties = true,
    bool UseVocabulary = true,
    bool DutyExamples = true,
    CategoryMode CategoryMode = CategoryMode.TextAndBureau,
    float Temperature = 2f,
    double CoHandlerMinConfidence = 0.1,
    int MaxCoHandlers = 2)
{
    public static TriageModelOptions Default { get; } = new(FeaturizerOptions.Default, TrainingOptions.Default);
}
