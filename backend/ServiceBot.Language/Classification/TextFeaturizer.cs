using ServiceBot.Language.Text;

namespace ServiceBot.Language.Classification;

/// <summary>
/// Turns text into named features without a word segmenter: Han character n-grams (which is how "停电", "用地",
/// "留抵退税" become units), Latin words ("vocs", "c2m"), short numbers as words ("9610") and long digit runs as
/// one shape feature, so a phone number in a message does not look like a new word each time.
/// </summary>
internal static class TextFeaturizer
{
    public const string WordPrefix = "w:";
    public const string ShapePrefix = "#";
    public const string ExtraPrefix = "x:";

    public static Dictionary<string, float> Extract(string text, FeaturizerOptions options, IEnumerable<string>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var normalized = ChineseText.Normalize(text);
        var features = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var run in CharacterNGrams.Runs(normalized))
        {
            if (ChineseText.IsHan(run[0]))
            {
                if (run.Length < options.MinGram)
                {
                    continue;
                }

                foreach (var gram in CharacterNGrams.Of(run, options.MinGram, Math.Min(options.MaxGram, run.Length)))
                {
                    features[gram] = 1f;
                }
            }
            else if (run.All(char.IsAsciiDigit) && run.Length >= 5)
            {
                features[ShapePrefix + "digits"] = 1f;
            }
            else
            {
                features[WordPrefix + run] = 1f;
            }
        }

        if (options.Normalize && features.Count > 0)
        {
            var scale = 1f / MathF.Sqrt(features.Count);
            foreach (var key in features.Keys.ToList())
            {
                features[key] = scale;
            }
        }

        // Named features (rules that fired, entity kinds) keep their full weight: a long message must not dilute
        // the fact that “转人工” was said.
        if (extra is not null)
        {
            foreach (var name in extra)
            {
                features[ExtraPrefix + name] = 1f;
            }
        }

        return features;
    }

    /// <summary>The words a feature stands for, for explanations; null for shape features that name no words.</summary>
    public static string? Display(string featureName)
    {
        ArgumentNullException.ThrowIfNull(featureName);
        if (featureName.StartsWith(ShapePrefix, StringComparison.Ordinal) || featureName.StartsWith(ExtraPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        return featureName.StartsWith(WordPrefix, StringComparison.Ordinal) ? featureName[WordPrefix.Length..] : featureName;
    }
}
