using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Security;
using ServiceBot.Application.Deadlines;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Users;

namespace ServiceBot.Infrastructure.Scheduling;

/// <summary>
/// The indexed sweep: checks every case with a clock due for a check, batch by batch, each batch in its own scope
/// and save, until none is due. A batch whose save conflicts with a concurrent change is retried case by case; a
/// case that still fails is left due for the next sweep and does not hold up the others.
/// </summary>
internal sealed partial class DeadlineSweeper(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<SchedulerHostOptions> options, IEnumerable<IDeadlineSweepObserver> observers, ILogger<DeadlineSweeper> logger)
{
    public async Task<DeadlineSweepResult> SweepAsync(CancellationToken cancellationToken)
    {
        var batchSize = options.Value.DeadlineBatchSize;
        var transitions = new List<CaseDeadlineTransition>();
        var processed = new HashSet<Guid>();
        var leftDue = new HashSet<Guid>();
        while (!cancellationToken.IsCancellationRequested)
        {
            var due = await InScopeAsync(m => m.DueCasesAsync(time.GetUtcNow(), batchSize + leftDue.Count, cancellationToken)).ConfigureAwait(false);
            var batch = due.Where(id => !leftDue.Contains(id)).Take(batchSize).ToList();
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var id in batch.Where(processed.Contains))
            {
                // Checked in this sweep and still due: its save failed, or its check could not move it on.
                leftDue.Add(id);
            }

            batch.RemoveAll(leftDue.Contains);
            processed.UnionWith(batch);
            transitions.AddRange(await CheckBatchAsync(batch, cancellationToken).ConfigureAwait(false));
        }

        var next = await InScopeAsync(m => m.NextDueAsync(cancellationToken)).ConfigureAwait(false);
        if (leftDue.Count > 0)
        {
            LogLeftDue(logger, leftDue.Count);
        }

        return new DeadlineSweepResult(processed.Count, transitions, leftDue.Count, next);
    }

    private async Task<IReadOnlyList<CaseDeadlineTransition>> CheckBatchAsync(List<Guid> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return [];
        }

        try
        {
            return Committed(await InScopeAsync(m => m.CheckAsync(batch, cancellationToken)).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is not OperationCanceledException && batch.Count > 1)
        {
            // Someone changed one of the cases meanwhile (or one of them fails): check them one by one, so the
            // others are not held up.
        }

        var done = new List<CaseDeadlineTransition>();
        foreach (var id in batch)
        {
            try
            {
                done.AddRange(Committed(await InScopeAsync(m => m.CheckAsync([id], cancellationToken)).ConfigureAwait(false)));
            }
            catch (ConcurrencyConflictException)
            {
                LogConflict(logger, id);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogCheckFailed(logger, ex, id);
            }
        }

        return done;
    }

    private IReadOnlyList<CaseDeadlineTransition> Committed(IReadOnlyList<CaseDeadlineTransition> transitions)
    {
        var at = time.GetUtcNow();
        foreach (var observer in observers)
        {
            observer.Committed(transitions, at);
        }

        foreach (var t in transitions)
        {
            LogTransition(logger, t.CaseNumber, t.Transition.Kind, t.Transition.Action, t.Transition.DueAt);
        }

        return transitions;
    }

    private async Task<T> InScopeAsync<T>(Func<DeadlineMonitor, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Actor = Actor.System;
        return await work(scope.ServiceProvider.GetRequiredService<DeadlineMonitor>()).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Deadline {CaseNumber} {Clock}: {Action} (due {DueAt:O})")]
    private static partial void LogTransition(ILogger logger, string caseNumber, ClockKind? clock, string action, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 301, Level = LogLevel.Information, Message = "Deadline check of case {CaseId} conflicted with a concurrent change; it stays due")]
    private static partial void LogConflict(ILogger logger, Guid caseId);

    [LoggerMessage(EventId = 303, Level = LogLevel.Error, Message = "Deadline check of case {CaseId} failed; it stays due")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception, Guid caseId);

    [LoggerMessage(EventId = 302, Level = LogLevel.Warning, Message = "{Count} case(s) are still due after the deadline sweep; they are retried at the next sweep")]
    private static partial void LogLeftDue(ILogger logger, int count);
}
