using ServiceBot.Benchmarks;

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
    case "intent-cv":
        return IntentCrossValidation.Run(rest.Contains("--errors"));
    case "understand-latency":
        return UnderstandingLatency.Run(rest);
    case "console-latency":
        return await ServiceBot.Benchmarks.ConsolePages.ConsoleLatency.RunAsync(rest, Console.Out);
    default:
        Console.WriteLine("commands: deadlines [--cases 100000] [--due 1000] [--design sweep|triggers|both]");
        Console.WriteLine("          triage-latency [rounds]   mean and p99 time to triage one description");
        Console.WriteLine("          triage-cv [variants] [--fair] [--errors]  5-fold cross-validation of triage variants on the training part");
        Console.WriteLine("          intent-cv                  5-fold cross-validation of the intent recogniser on its training part");
        Console.WriteLine("          understand-latency [rounds] mean and p99 time to understand one message");
        Console.WriteLine("          console-latency [--cases 100000] [--requests 200]  render times of the console's pages over a generated year of cases");
        return 1;
}
