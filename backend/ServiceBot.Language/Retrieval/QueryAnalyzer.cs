using ServiceBot.Language.Text;

namespace ServiceBot.Language.Retrieval;

/// <summary>A question → weighted terms: normalised, stop phrases cut, bigrams (and unigrams) of what is left, plus synonyms.</summary>
public sealed class QueryAnalyzer(SynonymTable synonyms, StopPhrases stopPhrases, RetrievalSettings settings)
{
    public static QueryAnalyzer Default { get; } = new(SynonymTable.Default, StopPhrases.Default, RetrievalSettings.Default);

    public RetrievalSettings Settings { get; } = settings;

    public AnalyzedQuery Analyze(string? question)
    {
        var normalized = ChineseText.Normalize(question);
        var content = stopPhrases.Remove(normalized);
        var terms = new List<QueryTerm>();
        var occurrences = new List<TermOccurrence>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (term, start) in TextAnalyzer.TermsWithPositions(content, Settings.Unigrams))
        {
            if (!index.TryGetValue(term, out var i))
            {
                index[term] = i = terms.Count;
                terms.Add(new QueryTerm(term, TextAnalyzer.IsUnigram(term) ? Settings.UnigramWeight : 1.0, IsExpansion: false));
            }

            occurrences.Add(new TermOccurrence(i, start, term.Length));
        }

        foreach (var expansion in synonyms.Expand(content))
        {
            foreach (var term in TextAnalyzer.Terms(expansion.Word, unigrams: false))
            {
                if (!index.TryGetValue(term, out var i))
                {
                    index[term] = i = terms.Count;
                    terms.Add(new QueryTerm(term, Settings.SynonymWeight, IsExpansion: true));
                }

                occurrences.Add(new TermOccurrence(i, expansion.Start, expansion.Source.Length));
            }
        }

        return new AnalyzedQuery(normalized, content, terms, occurrences);
    }
}
