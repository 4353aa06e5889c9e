namespace ServiceBot.Language.Classification;

/// <param name="ClassFeatures">Label-major, <c>labels × shared</c> values; empty when the model has no shared features.</param>
internal sealed record TrainingExample(SparseVector Features, float[] ClassFeatures, int Label);
