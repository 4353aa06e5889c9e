using Quartz;
using ServiceBot.Infrastructure.Time;

namespace ServiceBot.Infrastructure.Scheduling;

/// <summary>
/// The one Quartz job of the deadline engine: runs the sweep, then moves its own trigger to the next clock
/// milestone (or the maximum interval, whichever comes first). Concurrent runs are not allowed, also across a cluster.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class DeadlineSweepJob(DeadlineSweeper sweeper, DeadlineWakeup wakeup, DatabaseCalendarProvider calendar) : IJob
{
    public static readonly JobKey Key = new("deadline-sweep", "deadlines");

    public static readonly TriggerKey TriggerKey = new("deadline-sweep", "deadlines");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);

        // A holiday notice imported on another instance of a cluster reaches this one here.
        await calendar.RefreshIfChangedAsync(cancellationToken).ConfigureAwait(false);
        var result = await sweeper.SweepAsync(cancellationToken).ConfigureAwait(false);
        await wakeup.PlanAfterSweepAsync(context.Scheduler, result, cancellationToken).ConfigureAwait(false);
    }
}
