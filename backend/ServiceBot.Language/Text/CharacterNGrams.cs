namespace ServiceBot.Language.Text;

/// <summary>
/// Character n-grams of normalised text: the word-segmenter-free way to match Chinese. Grams never span a
/// punctuation mark or a boundary between Han and Latin/digit runs, so "用地" and "500万" stay meaningful units.
/// </summary>
public static class CharacterNGrams
{
    /// <summary>All grams of length <paramref name="minLength"/> to <paramref name="maxLength"/>, in text order.</summary>
    public static IEnumerable<string> Of(string normalizedText, int minLength = 1, int maxLength = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minLength, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, minLength);
        foreach (var run in Runs(normalizedText))
        {
            for (var length = minLength; length <= maxLength; length++)
            {
                for (var start = 0; start + length <= run.Length; start++)
                {
                    yield return run.Substring(start, length);
                }
            }
        }
    }

    /// <summary>Maximal runs of Han characters, and of ASCII letters/digits, split at everything else.</summary>
    public static IEnumerable<string> Runs(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var start = -1;
        var kind = RunKind.None;
        for (var i = 0; i <= normalizedText.Length; i++)
        {
            var current = i < normalizedText.Length ? KindOf(normalizedText[i]) : RunKind.None;
            if (current != kind)
            {
                if (kind != RunKind.None)
                {
                    yield return normalizedText[start..i];
                }

                start = i;
                kind = current;
            }
        }
    }

    private static RunKind KindOf(char c) =>
        ChineseText.IsHan(c) ? RunKind.Han : char.IsAsciiLetterOrDigit(c) || c == '.' ? RunKind.Latin : RunKind.None;

    private enum RunKind
    {
        None,
        Han,
        Latin,
    }
}
