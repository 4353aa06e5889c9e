using ServiceBot.Language.Text;

namespace ServiceBot.Language.Triage;

/// <summary>
/// How much two descriptions overlap: the Jaccard similarity of their sets of character bigrams (punctuation and
/// spaces ignored). It keeps descriptions written after the held-out split from paraphrasing held-out ones, by
/// similarity alone, so nobody has to read the held-out texts to check.
/// </summary>
internal static class TextOverlap
{
    /// <summary>The similarity from which a description written after the split counts as a near-duplicate.</summary>
    public const double NearDuplicate = 0.35;

    public static HashSet<string> Bigrams(string text) => CharacterNGrams.Of(ChineseText.Normalize(text), 2, 2).ToHashSet(StringComparer.Ordinal);

    public static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 && b.Count == 0)
        {
            return 0;
        }

        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    /// <summary>The highest similarity of <paramref name="text"/> to any of <paramref name="others"/>.</summary>
    public static double MaxJaccard(string text, IReadOnlyList<HashSet<string>> others)
    {
        ArgumentNullException.ThrowIfNull(others);
        var bigrams = Bigrams(text);
        return others.Count == 0 ? 0 : others.Max(o => Jaccard(bigrams, o));
    }
}
