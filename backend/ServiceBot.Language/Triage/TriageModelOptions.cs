using ServiceBot.Language.Classification;

namespace ServiceBot.Language.Triage;

/// <summary>The knobs of triage's model, chosen by cross-validation on the training part only.</summary>
internal sealed record TriageModelOptions(
    FeaturizerOptions Featurizer,
    TrainingOptions Training,
    bool UseDuties = true,
    bool UseVocabulary = true,
    DutyVocabulary? Vocabulary = null,
    bool DutyExamples = true,
    CategoryMode CategoryMode = CategoryMode.TextAndBureau,
    float Temperature = 3f,
    float BayesWeight = 0.3f,
    float BayesAlpha = 0.5f,
    double CoHandlerMinConfidence = 0.2,
    int MaxCoHandlers = 2)
{
    public static TriageModelOptions Default { get; } = new(FeaturizerOptions.Default, TrainingOptions.Default);

    public FeaturizerOptions BayesFeaturizer { get; init; } = new(1, 2, Normalize: false);

    public DutyVocabulary EffectiveVocabulary => !UseVocabulary ? DutyVocabulary.Empty : Vocabulary ?? DutyVocabulary.Default;
}
