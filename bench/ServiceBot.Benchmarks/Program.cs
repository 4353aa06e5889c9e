using System.Globalization;
using ServiceBot.Benchmarks;

// dotnet run -c Release --project bench/ServiceBot.Benchmarks -- latency [--articles 10000] [--queries 2000] [--seed 1]
// dotnet run -c Release --project bench/ServiceBot.Benchmarks -- compare [--articles 10000] [--postgres "<connection string>"]
var command = args.FirstOrDefault() ?? "latency";
var articles = Option("--articles", 10000);
var seed = Option("--seed", 1);
return command switch
{
    "latency" => LatencyCommand.Run(articles, Option("--queries", 2000), seed),
    "compare" => CompareCommand.Run(articles, seed, Text("--postgres")),
    _ => Usage(),
};

int Option(string name, int fallback) => Text(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

string? Text(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

static int Usage()
{
    Console.Error.WriteLine("usage: latency [--articles N] [--queries N] [--seed N] | compare [--articles N] [--postgres CONNECTION]");
    return 2;
}
