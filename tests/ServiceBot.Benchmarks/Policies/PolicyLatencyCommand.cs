using System.Diagnostics;
using System.Globalization;
using ServiceBot.Benchmarks.Policies.Corpus;
using ServiceBot.Benchmarks.Policies.Engines;
using ServiceBot.Language.PolicyText;

namespace ServiceBot.Benchmarks.Policies;

/// <summary>
/// Query latency of the product's retrieval over the seed corpus plus a generated corpus (10,000 articles in all by
/// default): each query is analysed, searched (top 5, with coverage) and its top three answers quoted with their
/// figures — everything the answer composer does in memory. One query at a time, after a warm-up.
/// </summary>
internal static class PolicyLatencyCommand
{
    public static int Run(int articles, int queries, int seed)
    {
        var seeds = SeedCorpus.Load();
        var corpus = seeds.Concat(GeneratedCorpus.Generate(seeds, articles - seeds.Count, seed)).ToList();
        var questions = EvaluationItem.Load().Select(e => e.Question).ToArray();
        using var engine = new InMemoryEngine();

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var build = Stopwatch.StartNew();
        engine.Load(corpus);
        build.Stop();
        var memory = (GC.GetTotalMemory(forceFullCollection: true) - before) / 1024.0 / 1024.0;
        var bodies = corpus.ToDictionary(a => a.Id, a => a.Body);

        for (var i = 0; i < 300; i++)
        {
            Answer(engine, bodies, questions[i % questions.Length]);
        }

        var search = new List<double>(queries);
        var answer = new List<double>(queries);
        for (var i = 0; i < queries; i++)
        {
            var question = questions[i % questions.Length];
            var started = Stopwatch.GetTimestamp();
            engine.Search(question, 5);
            search.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            started = Stopwatch.GetTimestamp();
            Answer(engine, bodies, question);
            answer.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var replaced = corpus.Where(a => a.DocumentKey == "generated-7").Select(a => a with { Body = a.Body + "新增条款内容。" }).ToList();
        var update = Stopwatch.StartNew();
        engine.Replace(replaced[0].DocumentId, replaced);
        update.Stop();
        var withdraw = Stopwatch.StartNew();
        engine.Withdraw(replaced[0].DocumentId);
        withdraw.Stop();

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            Corpus: {corpus.Count} articles ({seeds.Count} seed + {corpus.Count - seeds.Count} generated, {GeneratedCorpus.ArticlesPerDocument} per document), {engine.Index.TermCount} distinct terms
            Machine: {Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, {(GCSettings() ? "server" : "workstation")} GC
            Build: {build.Elapsed.TotalMilliseconds:F0} ms, about {memory:F0} MB managed memory
            Search (analyse + top 5 with coverage): {LatencyPercentiles.Of(search)}
            Answer in memory (search + quotes and figures of the top 3): {LatencyPercentiles.Of(answer)}
            Incremental change: replace a document of {replaced.Count} articles {update.Elapsed.TotalMilliseconds:F1} ms, withdraw it {withdraw.Elapsed.TotalMilliseconds:F1} ms
            """));
        return 0;
    }

    private static bool GCSettings() => System.Runtime.GCSettings.IsServerGC;

    private static void Answer(InMemoryEngine engine, Dictionary<Guid, string> bodies, string question)
    {
        var query = engine.Analyzer.Analyze(question);
        foreach (var hit in engine.Index.Search(query, 5).Take(3))
        {
            foreach (var quote in QuoteSelector.Select(bodies[hit.Id], query, engine.Index.Idf))
            {
                FigureExtractor.Extract(quote);
            }
        }
    }
}
