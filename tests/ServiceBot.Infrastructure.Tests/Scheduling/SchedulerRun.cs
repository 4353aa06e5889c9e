using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using ServiceBot.Infrastructure.Scheduling;

namespace ServiceBot.Infrastructure.Tests.Scheduling;

/// <summary>
/// The real Quartz.NET scheduler of a <c>TestServices</c> process, started on its persistent store (the test
/// database) and the fake clock; a test waits for each run of the deadline sweep instead of sleeping.
/// </summary>
internal sealed class SchedulerRun : IAsyncDisposable, IJobListener
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly Channel<JobExecutionException?> _runs = Channel.CreateUnbounded<JobExecutionException?>();
    private IScheduler _scheduler = null!;

    public string Name => nameof(SchedulerRun);

    public static async Task<SchedulerRun> StartAsync(IServiceProvider services)
    {
        var run = new SchedulerRun();
        run._scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler(CancellationToken.None);
        run._scheduler.ListenerManager.AddJobListener(run, [Matchers.Key(DeadlineSweepJob.Key)]);
        await run._scheduler.Start(CancellationToken.None);
        return run;
    }

    /// <summary>Waits for the next completed run of the deadline sweep job; fails the test if it threw.</summary>
    public async Task NextSweepAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        var error = await _runs.Reader.ReadAsync(timeout.Token);
        Assert.Null(error);
    }

    /// <summary>Whether a sweep ran that nobody waited for yet.</summary>
    public bool HasUnseenSweep => _runs.Reader.TryPeek(out _);

    public async ValueTask DisposeAsync() => await _scheduler.Shutdown(true, CancellationToken.None);

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken) =>
        _runs.Writer.WriteAsync(jobException, cancellationToken);

    public ValueTask JobProgressChanged(IJobExecutionContext context, Quartz.Extensibility.FireInstanceProgress progress, CancellationToken cancellationToken) =>
        ValueTask.CompletedTask;
}
