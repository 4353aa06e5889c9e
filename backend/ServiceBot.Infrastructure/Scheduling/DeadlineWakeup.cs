using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace ServiceBot.Infrastructure.Scheduling;

/// <summary>
/// Keeps the deadline sweep's trigger at the next clock milestone. After each sweep the trigger is moved to the
/// next due check (never later than <see cref="SchedulerHostOptions.DeadlineSweepMaxInterval"/>); a commit of
/// this process that brings a check forward moves it earlier at once (see <c>DeadlineWakeInterceptor</c>).
/// </summary>
/// <remarks>
/// What this process believes the planned time to be can be wrong (another cluster node moved the shared trigger):
/// then a wake-up is either one too many, which finds nothing due, or comes at most one maximum interval late.
/// </remarks>
internal sealed partial class DeadlineWakeup(ISchedulerFactory schedulers, TimeProvider time, IOptions<SchedulerHostOptions> options, ILogger<DeadlineWakeup> logger)
{
    /// <summary>When a sweep leaves cases it could not check, the next one waits this long rather than spinning.</summary>
    internal static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    private readonly Lock _gate = new();
    private DateTimeOffset? _planned;
    private DateTimeOffset? _requested;
    private Task _moving = Task.CompletedTask;

    /// <summary>The time the sweep trigger was last set to by this process.</summary>
    public DateTimeOffset? Planned
    {
        get
        {
            lock (_gate)
            {
                return _planned;
            }
        }
    }

    public async Task PlanAfterSweepAsync(IScheduler scheduler, DeadlineSweepResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(result);
        var now = time.GetUtcNow();
        var latest = now + options.Value.DeadlineSweepMaxInterval;
        var at = result.NextDueAt is { } next && next < latest ? next : latest;
        if (at <= now && result.CasesLeftDue > 0)
        {
            at = now + RetryDelay;
        }

        await MoveAsync(scheduler, at, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A committed change has a check due at <paramref name="at"/>: moves the sweep earlier when it was planned
    /// later. Returns at once; the trigger is moved in the background.
    /// </summary>
    public void Request(DateTimeOffset at)
    {
        lock (_gate)
        {
            // Before this process's first sweep nothing is planned here, and that sweep will see the change anyway.
            if (_planned is not { } planned || planned <= at || (_requested is { } requested && requested <= at))
            {
                return;
            }

            _requested = at;
            _moving = _moving.ContinueWith(_ => MoveRequestedAsync(), TaskScheduler.Default).Unwrap();
        }
    }

    /// <summary>Completes when the moves requested so far are done (tests wait on it instead of sleeping).</summary>
    public Task WhenIdleAsync()
    {
        lock (_gate)
        {
            return _moving;
        }
    }

    private async Task MoveRequestedAsync()
    {
        DateTimeOffset at;
        lock (_gate)
        {
            if (_requested is not { } requested)
            {
                return;
            }

            at = requested;
            _requested = null;
            if (_planned is { } planned && planned <= at)
            {
                return;
            }
        }

        try
        {
            var scheduler = await schedulers.GetScheduler(CancellationToken.None).ConfigureAwait(false);
            if (scheduler.Status == SchedulerStatus.Running)
            {
                await MoveAsync(scheduler, at, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The sweep still runs at its planned time; a failed early wake-up only makes this one check later.
            LogMoveFailed(logger, ex, at);
        }
    }

    private async Task MoveAsync(IScheduler scheduler, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var trigger = Trigger(scheduler.TimeProvider, at);
        var moved = await scheduler.RescheduleJob(DeadlineSweepJob.TriggerKey, trigger, cancellationToken).ConfigureAwait(false);
        if (moved is null)
        {
            // The trigger is gone (deleted by an operator, or a fire-once trigger that completed): put it back.
            await scheduler.ScheduleJob(trigger, default, cancellationToken).ConfigureAwait(false);
        }

        lock (_gate)
        {
            _planned = at;
        }
    }

    /// <summary>The sweep's trigger: fires once at <paramref name="at"/>, and at once if that passed while no scheduler ran.</summary>
    internal static ITrigger Trigger(TimeProvider timeProvider, DateTimeOffset at) =>
        TriggerBuilder.Create(timeProvider)
            .WithIdentity(DeadlineSweepJob.TriggerKey)
            .ForJob(DeadlineSweepJob.Key)
            .StartAt(at)
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();

    [LoggerMessage(EventId = 310, Level = LogLevel.Warning, Message = "Moving the deadline sweep forward to {At:O} failed")]
    private static partial void LogMoveFailed(ILogger logger, Exception exception, DateTimeOffset at);
}
