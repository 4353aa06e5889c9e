using ServiceBot.Language.Text;

namespace ServiceBot.Language.Retrieval;

/// <summary>
/// Turns text into index terms without a word segmenter: character bigrams of every run of Chinese characters
/// (most Chinese words are two characters long, and a bigram index finds longer words as overlapping pairs),
/// optionally unigrams, and every run of Latin letters or digits as one term ("5g", "500", "r").
/// </summary>
public static class TextAnalyzer
{
    /// <summary>Terms of a text, in order, repeated as often as they occur.</summary>
    public static IEnumerable<string> Terms(string? text, bool unigrams) =>
        TermsWithPositions(ChineseText.Normalize(text), unigrams).Select(t => t.Term);

    /// <summary>Terms of an already normalised text with the position each starts at.</summary>
    public static IEnumerable<(string Term, int Start)> TermsWithPositions(string normalizedText, bool unigrams)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var offset = 0;
        foreach (var run in CharacterNGrams.Runs(normalizedText))
        {
            var start = normalizedText.IndexOf(run, offset, StringComparison.Ordinal);
            offset = start + run.Length;
            if (!ChineseText.IsHan(run[0]))
            {
                var token = run.Trim('.');
                if (token.Length > 0)
                {
                    yield return (token, start + run.IndexOf(token, StringComparison.Ordinal));
                }

                continue;
            }

            if (unigrams || run.Length == 1)
            {
                for (var i = 0; i < run.Length; i++)
                {
                    yield return (run.Substring(i, 1), start + i);
                }
            }

            for (var i = 0; i + 2 <= run.Length; i++)
            {
                yield return (run.Substring(i, 2), start + i);
            }
        }
    }

    /// <summary>Whether a term is a single Chinese character (weighted down in queries: it says little alone).</summary>
    public static bool IsUnigram(string term) => term.Length == 1 && ChineseText.IsHan(term[0]);
}
