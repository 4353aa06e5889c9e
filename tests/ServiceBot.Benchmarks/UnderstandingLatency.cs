using System.Diagnostics;
using System.Globalization;
using ServiceBot.Language.Intents;
using ServiceBot.Language.Triage;
using ServiceBot.Language.Understanding;

namespace ServiceBot.Benchmarks;

/// <summary>Time to understand one message (entities, intent, problem text) over every labelled utterance and description.</summary>
internal static class UnderstandingLatency
{
    private static readonly string[] Gazetteer = ["浦阳街道", "仙华街道", "浦南街道", "黄宅镇", "岩头镇", "郑宅镇", "檀溪镇", "杭坪镇", "白马镇", "郑家坞镇", "潘宅镇", "前吴乡", "花桥乡", "虞宅乡", "大畈乡", "中余乡"];

    public static int Run(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        var understander = new Understander(Gazetteer, creditCodeValidator: null);
        var today = new DateOnly(2026, 11, 23);
        var texts = IntentDataSet.Training.Concat(IntentDataSet.HeldOut).Select(e => e.Text)
            .Concat(TriageDataSet.Training.Concat(TriageDataSet.HeldOut).Select(e => e.Text))
            .ToList();
        texts.ForEach(t => understander.Understand(t, today));

        var samples = new List<double>(texts.Count * rounds);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var text in texts)
            {
                var start = Stopwatch.GetTimestamp();
                understander.Understand(text, today);
                samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        samples.Sort();
        double Percentile(double p) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(p * samples.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"understanding one message ({samples.Count} runs over {texts.Count} messages): mean {samples.Average():F3} ms, median {Percentile(0.5):F3} ms, p99 {Percentile(0.99):F3} ms"));
        return 0;
    }
}
