using System.Diagnostics;
using System.Globalization;
using ServiceBot.Language.Triage;

namespace ServiceBot.Benchmarks;

/// <summary>
/// Time to triage one description with the production model (trained on the training part for the default
/// catalog): every labelled description, many rounds after a warm-up, reported as mean, median, p95 and p99.
/// </summary>
internal static class TriageLatency
{
    public static int Run(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        var catalog = DefaultCatalog.Load();
        var watch = Stopwatch.StartNew();
        var triage = BureauTriage.Train(catalog);
        var trainMs = watch.Elapsed.TotalMilliseconds;
        var texts = TriageDataSet.Training.Concat(TriageDataSet.HeldOut).Select(e => e.Text).ToList();

        foreach (var text in texts)
        {
            triage.Triage(text);
        }

        var samples = new List<double>(texts.Count * rounds);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var text in texts)
            {
                var start = Stopwatch.GetTimestamp();
                triage.Triage(text);
                samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        samples.Sort();
        double Percentile(double p) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(p * samples.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"training: {trainMs:F0} ms ({TriageDataSet.Training.Count} descriptions, {catalog.Count} bureaus)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"triage of one description ({samples.Count} runs over {texts.Count} descriptions, mean length {texts.Average(t => t.Length):F0} characters):"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  mean {samples.Average():F3} ms, median {Percentile(0.5):F3} ms, p95 {Percentile(0.95):F3} ms, p99 {Percentile(0.99):F3} ms, max {samples[^1]:F3} ms"));
        return 0;
    }
}
