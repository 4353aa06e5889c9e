using System.Globalization;
using ServiceBot.Benchmarks;
using ServiceBot.Benchmarks.Policies;

// Measurement commands: dotnet run -c Release --project tests/ServiceBot.Benchmarks -- <command> [options]
// The deadline benchmark is the default, so its options may also be given without a command.
var command = args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal) ? "deadlines" : args[0];
var rest = command == "deadlines" && args.Length > 0 && args[0] == "deadlines" ? args[1..] : args.Length > 0 && args[0] == command ? args[1..] : args;
switch (command)
{
    case "deadlines":
        var options = BenchmarkOptions.Parse(rest);
        if (options is null)
        {
            Console.Error.WriteLine(BenchmarkOptions.Usage);
            return 2;
        }

        await DeadlineBenchmark.RunAsync(options, Console.Out);
        return 0;
    case "triage-latency":
        return TriageLatency.Run(rest);
    case "triage-cv":
        return TriageCrossValidation.Run(rest);
    case "triage-overlap":
        return TriageOverlap.Run(rest);
    case "intent-cv":
        return IntentCrossValidation.Run(rest.Contains("--errors"));
    case "understand-latency":
        return UnderstandingLatency.Run(rest);
    case "policy-latency":
        return PolicyLatencyCommand.Run(Option("--articles", 10000), Option("--queries", 2000), Option("--seed", 1));
    case "policy-compare":
        return PolicyCompareCommand.Run(Option("--articles", 10000), Option("--seed", 1), Text("--postgres"));
    case "console-latency":
        return await ServiceBot.Benchmarks.ConsolePages.ConsoleLatency.RunAsync(rest, Console.Out);
    default:
        Console.WriteLine("commands: deadlines [--cases 100000] [--due 1000] [--design sweep|triggers|both]");
        Console.WriteLine("          triage-latency [rounds]   mean, median, p95 and p99 time to triage one description");
        Console.WriteLine("          triage-cv [variants] [--fair] [--errors] [--earlier|--without-third] [--repeat n]  5-fold cross-validation of triage variants on the training part");
        Console.WriteLine("          triage-overlap [file.jsonl]  near-duplicates of held-out descriptions among later training batches or a candidate file");
        Console.WriteLine("          intent-cv                  5-fold cross-validation of the intent recogniser on its training part");
        Console.WriteLine("          understand-latency [rounds] mean and p99 time to understand one message");
        Console.WriteLine("          policy-latency [--articles 10000] [--queries 2000] [--seed 1]  policy search and quoting over a generated corpus");
        Console.WriteLine("          policy-compare [--articles 10000] [--postgres CONNECTION]  the retrieval alternatives on the evaluation set");
        Console.WriteLine("          console-latency [--cases 100000] [--requests 200]  render times of the console's pages over a generated year of cases");
        return 1;
}

int Option(string name, int fallback) => Text(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

string? Text(string name)
{
    var at = Array.IndexOf(rest, name);
    return at >= 0 && at + 1 < rest.Length ? rest[at + 1] : null;
}
