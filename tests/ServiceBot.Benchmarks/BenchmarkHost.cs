using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceBot.Application;
using ServiceBot.Infrastructure;
using ServiceBot.Infrastructure.Scheduling;

namespace ServiceBot.Benchmarks;

/// <summary>
/// The service host as <c>Program</c> composes it (application, infrastructure, hosted services, Quartz.NET),
/// without Kestrel, over a SQLite file in a data folder of its own and the system clock.
/// </summary>
internal sealed class BenchmarkHost(IHost host, LatenessRecorder recorder) : IAsyncDisposable
{
    public IServiceProvider Services => host.Services;

    public LatenessRecorder Recorder => recorder;

    public static IHost Build(string dataDirectory, bool scheduler, LatenessRecorder recorder, int batchSize = 100)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production", DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:DataDirectory"] = dataDirectory,
            ["Scheduler:Enabled"] = scheduler ? "true" : "false",
            ["Outbox:Enabled"] = "false",
            ["Scheduler:DeadlineBatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Demo:Enabled"] = "false",

            // The clocks falling due together are urgent cases' contact clocks: each brings a warning (red) and an
            // escalation (催办) at the same instant, and no earlier blue.
            ["Escalation:Clocks:0"] = "Answer",
            ["Escalation:Clocks:1"] = "Contact",
            ["Escalation:HourClockBlueRemainingShare"] = "0",
        });
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddApplication();
        builder.Services.AddInfrastructure(builder.Configuration);
        builder.Services.AddSingleton<IDeadlineSweepObserver>(recorder);
        builder.Services.AddSingleton(recorder);
        builder.Services.AddTransient<PerCaseCheckJob>();
        return builder.Build();
    }

    public static async Task<BenchmarkHost> StartAsync(string dataDirectory, bool scheduler, LatenessRecorder recorder)
    {
        var host = Build(dataDirectory, scheduler, recorder);
        await host.StartAsync().ConfigureAwait(false);
        return new BenchmarkHost(host, recorder);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync().ConfigureAwait(false);
        host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    public DeadlineWakeup Wakeup => host.Services.GetRequiredService<DeadlineWakeup>();
}
