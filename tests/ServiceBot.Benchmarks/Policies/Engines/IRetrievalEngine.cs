using ServiceBot.Benchmarks.Policies.Corpus;

namespace ServiceBot.Benchmarks.Policies.Engines;

/// <summary>One way of finding the articles for a question, measured on the same corpus and questions as the others.</summary>
internal interface IRetrievalEngine : IDisposable
{
    string Name { get; }

    void Load(IReadOnlyList<BenchArticle> articles);

    IReadOnlyList<Guid> Search(string question, int top);
}
