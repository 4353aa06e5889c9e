using ServiceBot.Language.Retrieval;
using ServiceBot.Language.Text;

namespace ServiceBot.Language.PolicyText;

/// <summary>
/// The sentences of an article that answer a question: each sentence is scored by the informative weight (idf) of
/// the question's terms it contains; the best one and those at least half as good are quoted, in document order.
/// A table quotes its header row with the matching rows.
/// </summary>
public static class QuoteSelector
{
    public static IReadOnlyList<string> Select(string text, AnalyzedQuery query, Func<string, double> idf, int maxSentences = 3)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(idf);
        var sentences = SentenceSplitter.Split(text).ToList();
        if (sentences.Count == 0)
        {
            return [];
        }

        var scored = sentences.Select((s, i) => (Sentence: s, Index: i, Score: Score(s, query, idf))).ToList();
        var best = scored.Max(s => s.Score);
        if (best <= 0)
        {
            return sentences.Take(1).ToList();
        }

        var chosen = scored.Where(s => s.Score >= best / 2).OrderByDescending(s => s.Score).Take(maxSentences).OrderBy(s => s.Index).ToList();
        var isTable = TableRows.LooksLikeRow(sentences[0]);
        if (isTable && chosen.All(c => c.Index != 0))
        {
            chosen.Insert(0, scored[0]);
        }

        return chosen.Select(c => c.Sentence).ToList();
    }

    private static double Score(string sentence, AnalyzedQuery query, Func<string, double> idf)
    {
        var terms = new HashSet<string>(TextAnalyzer.Terms(ChineseText.Normalize(sentence), unigrams: false), StringComparer.Ordinal);
        return query.Terms.Where(t => terms.Contains(t.Term)).Sum(t => t.Weight * idf(t.Term));
    }
}
