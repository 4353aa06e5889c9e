using System.Globalization;

namespace ServiceBot.Benchmarks;

/// <summary>What to measure: how many open cases wait in the database, how many clocks fall due together, which design.</summary>
internal sealed record BenchmarkOptions(int Cases, int Due, bool Sweep, bool Triggers, string WorkDirectory, int BatchSize)
{
    public const string Usage = "usage: ServiceBot.Benchmarks [--cases 100000] [--due 1000] [--design sweep|triggers|both] [--batch 100] [--work <dir>]";

    public static BenchmarkOptions? Parse(IReadOnlyList<string> args)
    {
        var cases = 100_000;
        var due = 1_000;
        var design = "both";
        var batch = 100;
        var work = Path.Combine(Path.GetTempPath(), "servicebot-bench");
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            switch (args[i])
            {
                case "--cases":
                    cases = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--due":
                    due = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--design":
                    design = args[i + 1];
                    break;
                case "--batch":
                    batch = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--work":
                    work = args[i + 1];
                    break;
                default:
                    return null;
            }
        }

        return args.Count % 2 != 0 || design is not ("sweep" or "triggers" or "both")
            ? null
            : new BenchmarkOptions(cases, due, design != "triggers", design != "sweep", work, batch);
    }
}
