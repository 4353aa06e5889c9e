namespace ServiceBot.Language.Classification;

/// <summary>
/// Stochastic gradient descent with AdaGrad step sizes and L2 regularisation. Training is deterministic: the
/// examples are shuffled with a fixed seed, so the same data always gives the same model.
/// </summary>
internal sealed record TrainingOptions(int Epochs = 30, float LearningRate = 0.5f, float L2 = 1e-4f, float SharedL2 = 1e-5f, int Seed = 5)
{
    public static TrainingOptions Default { get; } = new();
}
