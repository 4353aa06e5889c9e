using ServiceBot.Benchmarks;

// dotnet run -c Release --project tests/ServiceBot.Benchmarks -- [--cases 100000] [--due 1000] [--design sweep|triggers|both]
var options = BenchmarkOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}

await DeadlineBenchmark.RunAsync(options, Console.Out);
return 0;
