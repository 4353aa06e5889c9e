using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Benchmarks;

/// <summary>
/// Loads open cases with live clocks into SQLite and measures, for the indexed sweep and for per-case Quartz
/// triggers: the time to schedule the clocks, the start-up of the host with them pending, and the lateness of the
/// transitions when many clocks fall due within one minute and at one instant.
/// </summary>
internal static class DeadlineBenchmark
{
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    public static async Task RunAsync(BenchmarkOptions options, TextWriter output)
    {
        var template = Path.Combine(options.WorkDirectory, "template");
        ResetDirectory(options.WorkDirectory);
        Directory.CreateDirectory(template);
        output.WriteLine($"# Deadline engine benchmark: {options.Cases:N0} open cases, {options.Due:N0} clocks falling due together");
        output.WriteLine($"{Environment.ProcessorCount} CPUs, {TimeProvider.System.GetUtcNow().ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm} China time, SQLite");

        var recorder = new LatenessRecorder();
        Guid enterprise;
        var load = Stopwatch.StartNew();
        await using (var host = await BenchmarkHost.StartAsync(template, scheduler: false, recorder))
        {
            enterprise = await CaseGenerator.BackgroundAsync(host.Services, options.Cases, CancellationToken.None);
            await CheckpointAsync(host.Services);
        }

        output.WriteLine($"- loading {options.Cases:N0} cases (dispatched, signed for; clocks and next checks planned by the domain): {load.Elapsed.TotalSeconds:F1} s");
        var pending = await PendingChecksAsync(template, recorder);
        output.WriteLine($"- clocks with a planned check: {pending.Clocks:N0} in {pending.Cases:N0} cases");

        if (options.Sweep)
        {
            await MeasureAsync("indexed sweep", options, template, enterprise, triggers: false, output);
        }

        if (options.Triggers)
        {
            await MeasureAsync("per-case Quartz triggers", options, template, enterprise, triggers: true, output);
        }
    }

    private static async Task MeasureAsync(string design, BenchmarkOptions options, string template, Guid enterprise, bool triggers, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"## {design}{(triggers ? string.Empty : $" (batches of {options.BatchSize} cases)")}");
        var directory = Path.Combine(options.WorkDirectory, triggers ? "triggers" : "sweep");
        CopyDirectory(template, directory);
        var recorder = new LatenessRecorder();

        if (triggers)
        {
            await using var host = await BenchmarkHost.StartAsync(directory, scheduler: true, recorder);
            var scheduler = await SchedulerAsync(host);
            await scheduler.PauseJobGroups(GroupMatcher<JobKey>.GroupEquals("deadlines"), CancellationToken.None);
            await scheduler.AddJob(PerCaseCheckJob.Detail(), AddJobOptions.Replacing, CancellationToken.None);
            var due = await NextChecksAsync(host.Services);
            var watch = Stopwatch.StartNew();
            foreach (var (caseId, at) in due)
            {
                await scheduler.ScheduleTrigger(PerCaseCheckJob.Trigger(scheduler.TimeProvider, caseId, at), TriggerConflict.Replace, CancellationToken.None);
            }

            output.WriteLine($"- scheduling: {due.Count:N0} triggers, one ScheduleTrigger call each: {watch.Elapsed.TotalSeconds:F1} s ({watch.Elapsed.TotalMilliseconds / Math.Max(1, due.Count):F2} ms per case)");
        }
        else
        {
            output.WriteLine("- scheduling: nothing beyond the clock rows — each clock's NextCheckAt is written with it, in the same save (indexed)");
        }

        var startup = Stopwatch.StartNew();
        var started = BenchmarkHost.Build(directory, scheduler: true, recorder, options.BatchSize);
        await started.StartAsync();
        var hostStarted = startup.Elapsed;
        await using var running = new BenchmarkHost(started, recorder);
        var scheduler2 = await SchedulerAsync(running);
        if (triggers)
        {
            while (scheduler2.Status != SchedulerStatus.Running && startup.Elapsed < Patience)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(10));
            }

            await scheduler2.PauseJobGroups(GroupMatcher<JobKey>.GroupEquals("deadlines"), CancellationToken.None);
            output.WriteLine($"- start-up with those triggers pending: host started in {hostStarted.TotalSeconds:F2} s, scheduler running after {startup.Elapsed.TotalSeconds:F2} s");
        }
        else
        {
            while (running.Wakeup.Planned is null && startup.Elapsed < Patience)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(10));
            }

            output.WriteLine($"- start-up with the clocks pending: host started in {hostStarted.TotalSeconds:F2} s, first sweep done after {startup.Elapsed.TotalSeconds:F2} s");
        }

        var number = options.Cases + 1;
        foreach (var (label, spread) in new[] { ("falling due within one minute", TimeSpan.FromMinutes(1)), ("falling due at one instant", TimeSpan.Zero) })
        {
            var t0 = TimeProvider.System.GetUtcNow() + Lead;
            var instants = Enumerable.Range(0, options.Due).Select(i => t0 + (spread * i / options.Due)).ToList();
            var expected = recorder.ExpectAsync(options.Due * 2);
            var ids = await CaseGenerator.FallingDueAsync(running.Services, enterprise, number, instants, CancellationToken.None);
            number += options.Due;
            if (triggers)
            {
                for (var i = 0; i < ids.Count; i++)
                {
                    await scheduler2.ScheduleTrigger(PerCaseCheckJob.Trigger(scheduler2.TimeProvider, ids[i], instants[i]), TriggerConflict.Replace, CancellationToken.None);
                }
            }

            var finished = await Task.WhenAny(expected, Task.Delay(Lead + spread + Patience));
            var lateness = Percentiles.Of(recorder.Take());
            output.WriteLine($"- lateness, {options.Due:N0} clocks {label} (a red light and a 催办 each){(finished == expected ? string.Empty : " — INCOMPLETE")}: {lateness}");
        }
    }

    private static async Task<IScheduler> SchedulerAsync(BenchmarkHost host) =>
        await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(CancellationToken.None);

    private static async Task<List<(Guid CaseId, DateTimeOffset At)>> NextChecksAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>();
        var rows = await db.Cases.AsNoTracking()
            .SelectMany(c => c.Clocks.Where(k => k.NextCheckAt != null), (c, k) => new { c.Id, k.NextCheckAt })
            .ToListAsync();
        return rows.GroupBy(r => r.Id).Select(g => (g.Key, g.Min(r => r.NextCheckAt!.Value))).ToList();
    }

    private static async Task<(int Cases, int Clocks)> PendingChecksAsync(string directory, LatenessRecorder recorder)
    {
        using var host = BenchmarkHost.Build(directory, scheduler: false, recorder);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>();
        var clocks = await db.Cases.SelectMany(c => c.Clocks).CountAsync(k => k.NextCheckAt != null);
        var cases = await db.Cases.CountAsync(c => c.Clocks.Any(k => k.NextCheckAt != null));
        return (cases, clocks);
    }

    private static async Task CheckpointAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>();
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
    }

    private static void ResetDirectory(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        Directory.CreateDirectory(path);
    }

    private static void CopyDirectory(string from, string to)
    {
        SqliteConnection.ClearAllPools();
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }
    }
}
