using System.Diagnostics;
using System.Globalization;
using ServiceBot.Benchmarks.Policies.Corpus;
using ServiceBot.Benchmarks.Policies.Engines;

namespace ServiceBot.Benchmarks.Policies;

/// <summary>
/// The alternatives the retrieval design was chosen against, on equal terms: the same articles, the same analysed
/// questions (stop phrases removed; synonyms given to the bigram engines), no region boost. Quality is top-1 and
/// top-3 over the covered questions of the evaluation set on the seed corpus; latency is over the same questions on
/// the seed corpus plus the generated one.
/// </summary>
internal static class PolicyCompareCommand
{
    public static int Run(int articles, int seed, string? postgres)
    {
        var seeds = SeedCorpus.Load();
        var large = seeds.Concat(GeneratedCorpus.Generate(seeds, articles - seeds.Count, seed)).ToList();
        var questions = EvaluationItem.Load();
        var engines = new List<Func<IRetrievalEngine>>
        {
            () => new InMemoryEngine(),
            () => new SqliteFts5Engine(trigram: false),
            () => new SqliteFts5Engine(trigram: true),
        };
        if (postgres is not null)
        {
            engines.Add(() => new PostgresEngine(postgres, trigram: false));
            engines.Add(() => new PostgresEngine(postgres, trigram: true));
        }

        Console.WriteLine($"| Engine | top-1 | top-3 | in the document's words, top-3 | in other words, top-3 | p50 / p95 at {large.Count} articles |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var create in engines)
        {
            string quality;
            using (var engine = create())
            {
                engine.Load(seeds);
                quality = Quality(engine, seeds, questions);
            }

            using (var engine = create())
            {
                engine.Load(large);
                foreach (var q in questions.Take(30))
                {
                    engine.Search(q.Question, 5);
                }

                var times = new List<double>();
                for (var round = 0; round < 3; round++)
                {
                    foreach (var q in questions)
                    {
                        var started = Stopwatch.GetTimestamp();
                        engine.Search(q.Question, 5);
                        times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                }

                var p = LatencyPercentiles.Of(times);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {engine.Name} | {quality} | {p.P50:F1} / {p.P95:F1} ms |"));
            }
        }

        return 0;
    }

    private static string Quality(IRetrievalEngine engine, IReadOnlyList<BenchArticle> corpus, IReadOnlyList<EvaluationItem> questions)
    {
        var byId = corpus.ToDictionary(a => a.Id);
        var covered = questions.Where(q => q.Document is not null).ToList();
        var ranks = covered.ToDictionary(q => q, q =>
        {
            var hits = engine.Search(q.Question, 3);
            var rank = hits.Select((id, i) => (id, i)).Where(x => byId[x.id].DocumentKey == q.Document && q.Citations.Contains(byId[x.id].Citation)).Select(x => x.i + 1).FirstOrDefault();
            return rank;
        });

        string Rate(IEnumerable<EvaluationItem> items, int within)
        {
            var list = items.ToList();
            return string.Create(CultureInfo.InvariantCulture, $"{(double)list.Count(q => ranks[q] is > 0 && ranks[q] <= within) / list.Count:P1}");
        }

        return $"{Rate(covered, 1)} | {Rate(covered, 3)} | {Rate(covered.Where(q => !q.Paraphrased), 3)} | {Rate(covered.Where(q => q.Paraphrased), 3)}";
    }
}
