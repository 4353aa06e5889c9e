using ServiceBot.Benchmarks;

// Measurement commands, run with: dotnet run -c Release --project tests/ServiceBot.Benchmarks -- <command>
var command = args.Length > 0 ? args[0] : "help";
return command switch
{
    "triage-latency" => TriageLatency.Run(args.Skip(1).ToArray()),
    "triage-cv" => TriageCrossValidation.Run(args.Skip(1).ToArray()),
    "intent-cv" => IntentCrossValidation.Run(args.Contains("--errors")),
    "understand-latency" => UnderstandingLatency.Run(args.Skip(1).ToArray()),
    _ => Help(),
};

static int Help()
{
    Console.WriteLine("commands: triage-latency [rounds]   mean and p99 time to triage one description");
    Console.WriteLine("          triage-cv [variants] [--fair] [--errors]  5-fold cross-validation of triage variants on the training part");
    Console.WriteLine("          intent-cv                  5-fold cross-validation of the intent recogniser on its training part");
    Console.WriteLine("          understand-latency [rounds] mean and p99 time to understand one message");
    return 1;
}
