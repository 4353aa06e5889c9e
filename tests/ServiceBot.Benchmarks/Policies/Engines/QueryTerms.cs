using ServiceBot.Language.Retrieval;
using ServiceBot.Language.Text;

namespace ServiceBot.Benchmarks.Policies.Engines;

/// <summary>What the database engines are given: the same analysed question the product uses, as bigrams or trigrams.</summary>
internal static class QueryTerms
{
    /// <summary>The question's bigram terms and synonym terms, as the in-memory engine searches them.</summary>
    public static IReadOnlyList<string> Bigrams(string question) =>
        QueryAnalyzer.Default.Analyze(question).Terms.Select(t => t.Term).Where(t => t.All(c => ChineseText.IsHan(c) || char.IsAsciiLetterOrDigit(c))).ToList();

    /// <summary>Every three-character substring of the question's content (stop phrases removed), for trigram indexes.</summary>
    public static IReadOnlyList<string> Trigrams(string question)
    {
        var content = QueryAnalyzer.Default.Analyze(question).Content;
        return CharacterNGrams.Runs(content)
            .SelectMany(run => Enumerable.Range(0, Math.Max(0, run.Length - 2)).Select(i => run.Substring(i, 3)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A field as space-separated bigram tokens, which a word tokenizer (FTS5 unicode61, PostgreSQL 'simple') indexes one by one.</summary>
    public static string Tokens(string text) => string.Join(' ', TextAnalyzer.Terms(text, unigrams: false));
}
