using ServiceBot.Benchmarks.Policies.Corpus;
using ServiceBot.Language.Retrieval;

namespace ServiceBot.Benchmarks.Policies.Engines;

/// <summary>The product's retrieval: BM25F over character bigrams with synonyms, re-ranked by coverage (ServiceBot.Language).</summary>
internal sealed class InMemoryEngine : IRetrievalEngine
{
    private Bm25Index _index = Bm25Index.Empty(RetrievalSettings.Default);

    public string Name => "in-memory BM25F bigrams + synonyms + coverage (chosen)";

    public QueryAnalyzer Analyzer { get; } = QueryAnalyzer.Default;

    public Bm25Index Index => _index;

    public void Load(IReadOnlyList<BenchArticle> articles) =>
        _index = Bm25Index.Build(articles.Select(ToEntry), RetrievalSettings.Default);

    public IReadOnlyList<Guid> Search(string question, int top) => _index.Search(Analyzer.Analyze(question), top).Select(h => h.Id).ToList();

    public void Replace(Guid document, IEnumerable<BenchArticle> articles) => _index = _index.Apply([document], articles.Select(ToEntry));

    public void Withdraw(Guid document) => _index = _index.Apply([document], []);

    public static IndexEntry ToEntry(BenchArticle a) => new(a.Id, a.DocumentId, $"{a.Title}\u0001{a.Ordinal:D5}", a.Title, a.Headings, a.Body);

    public void Dispose()
    {
    }
}
