using System.Collections.Immutable;
using ServiceBot.Language.Retrieval;

namespace ServiceBot.Application.Policies.Common;

/// <summary>
/// What one host instance can answer from at a moment: the retrieval index over the current versions of the
/// active documents, the articles it returns, and the database revision it reflects. Immutable: a search keeps
/// the snapshot it started with while a newer one is built.
/// </summary>
public sealed class PolicyIndexSnapshot
{
    internal PolicyIndexSnapshot(
        Bm25Index index,
        ImmutableDictionary<Guid, IndexedPolicyArticle> articles,
        ImmutableDictionary<Guid, string> regionNames,
        QueryAnalyzer analyzer,
        long revision,
        DateTimeOffset checkedAt)
    {
        Index = index;
        Articles = articles;
        RegionNames = regionNames;
        Analyzer = analyzer;
        Revision = revision;
        CheckedAt = checkedAt;
    }

    public Bm25Index Index { get; }

    public ImmutableDictionary<Guid, IndexedPolicyArticle> Articles { get; }

    /// <summary>Per document, the short name of its region as people say it (上虞, 浦江).</summary>
    public ImmutableDictionary<Guid, string> RegionNames { get; }

    public QueryAnalyzer Analyzer { get; }

    /// <summary>The highest document revision included; -1 before the first load.</summary>
    public long Revision { get; }

    public DateTimeOffset CheckedAt { get; }

    internal static PolicyIndexSnapshot Empty(QueryAnalyzer analyzer) =>
        new(Bm25Index.Empty(analyzer.Settings), ImmutableDictionary<Guid, IndexedPolicyArticle>.Empty, ImmutableDictionary<Guid, string>.Empty, analyzer, -1, DateTimeOffset.MinValue);

    internal PolicyIndexSnapshot CheckedOn(DateTimeOffset at, long revision) => new(Index, Articles, RegionNames, Analyzer, revision, at);

    public AnalyzedQuery Analyze(string question) => Analyzer.Analyze(question);

    /// <summary>The best <paramref name="top"/> articles, documents of a region the question names counting <paramref name="regionBoost"/> times more.</summary>
    public IReadOnlyList<PolicySearchMatch> Search(AnalyzedQuery query, int top, double regionBoost)
    {
        ArgumentNullException.ThrowIfNull(query);
        var boosts = RegionNames
            .Where(r => query.Text.Contains(r.Value, StringComparison.Ordinal))
            .ToDictionary(r => r.Key, _ => regionBoost);
        return Index.Search(query, top, boosts.Count == 0 ? null : boosts)
            .Select(h => new PolicySearchMatch(Articles[h.Id], h.Relevance, h.Score, h.Coverage))
            .ToList();
    }

    public double Idf(string term) => Index.Idf(term);
}
