namespace ServiceBot.Language.Classification;

/// <summary>How text becomes features: character n-grams up to <see cref="MaxGram"/> Han characters, Latin words, numbers.</summary>
internal sealed record FeaturizerOptions(int MinGram = 1, int MaxGram = 3, bool Normalize = true)
{
    public static FeaturizerOptions Default { get; } = new();
}
