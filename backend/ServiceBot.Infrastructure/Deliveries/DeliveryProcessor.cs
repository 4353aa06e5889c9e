using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Infrastructure.Deliveries;

/// <summary>
/// Sends due deliveries through their senders. Each delivery is claimed with a lease (instances sharing a database
/// never send it at once) and is only due once every older delivery to the same target was delivered or given up,
/// so a conversation receives its messages in order. Failures are retried with exponential backoff up to
/// <see cref="DeliveryOptions.MaxAttempts"/>.
/// </summary>
public sealed partial class DeliveryProcessor(IServiceScopeFactory scopes, TimeProvider time, IOptions<DeliveryOptions> options, ILogger<DeliveryProcessor> logger)
{
    private readonly string _instance = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Sends every delivery that is due now; returns how many were delivered.</summary>
    public async Task<int> ProcessPendingAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var batch = await NextBatchAsync(cancellationToken).ConfigureAwait(false);
            var progress = false;
            foreach (var id in batch)
            {
                if (await TryClaimAsync(id, cancellationToken).ConfigureAwait(false))
                {
                    var outcome = await SendAsync(id, cancellationToken).ConfigureAwait(false);
                    progress |= outcome is not null;
                    delivered += outcome == DeliveryStatus.Delivered ? 1 : 0;
                }
            }

            if (!progress)
            {
                return delivered;
            }
        }

        return delivered;
    }

    private async Task<List<long>> NextBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>();
        var now = time.GetUtcNow();
        return await db.Deliveries.AsNoTracking()
            .Where(d => d.DeliveredAt == null && d.FailedAt == null && d.NextAttemptAt <= now && (d.LockedUntil == null || d.LockedUntil < now))
            .Where(d => !db.Deliveries.Any(o => o.Target == d.Target && o.Id < d.Id && o.DeliveredAt == null && o.FailedAt == null))
            .OrderBy(d => d.Id)
            .Select(d => d.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<bool> TryClaimAsync(long id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>();
        var now = time.GetUtcNow();
        var until = now + options.Value.LockDuration;
        var claimed = await db.Deliveries
            .Where(d => d.Id == id && d.DeliveredAt == null && d.FailedAt == null && (d.LockedUntil == null || d.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LockedBy, _instance).SetProperty(d => d.LockedUntil, until), cancellationToken)
            .ConfigureAwait(false);
        return claimed == 1;
    }

    /// <summary>One attempt; returns its status, or null when nobody here sends deliveries of its kind.</summary>
    private async Task<DeliveryStatus?> SendAsync(long id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>();
        var delivery = await db.Deliveries.AsNoTracking().SingleAsync(d => d.Id == id, cancellationToken).ConfigureAwait(false);
        var sender = scope.ServiceProvider.GetServices<IDeliverySender>().FirstOrDefault(s => s.Kind == delivery.Kind);
        if (sender is null)
        {
            await ReleaseAsync(db, id, cancellationToken).ConfigureAwait(false);
            return null;
        }

        DeliveryResult result;
        try
        {
            result = await sender.SendAsync(
                new DeliveryItem(delivery.Id, delivery.IdempotencyKey, delivery.Kind, delivery.Target, delivery.Payload, delivery.ReplyTo, delivery.Attempts),
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            result = DeliveryResult.Retry(ex.GetType().Name + ": " + ex.Message);
        }

        // Recorded even when the host is stopping: a message that went out must not go out again after the restart.
        await RecordAsync(db, delivery, result, CancellationToken.None).ConfigureAwait(false);
        return result.Status;
    }

    private async Task RecordAsync(ServiceBotDbContext db, Delivery delivery, DeliveryResult result, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var attempts = delivery.Attempts + 1;
        var reason = result.Reason is null ? null : result.Reason[..Math.Min(2000, result.Reason.Length)];
        var owned = db.Deliveries.Where(d => d.Id == delivery.Id && d.LockedBy == _instance);
        switch (result.Status)
        {
            case DeliveryStatus.Delivered:
                await owned.ExecuteUpdateAsync(
                    s => s.SetProperty(d => d.DeliveredAt, now).SetProperty(d => d.Attempts, attempts).SetProperty(d => d.LockedBy, (string?)null).SetProperty(d => d.LockedUntil, (DateTimeOffset?)null),
                    cancellationToken).ConfigureAwait(false);
                break;
            case DeliveryStatus.Retry when attempts < options.Value.MaxAttempts:
                var backoff = TimeSpan.FromSeconds(Math.Min(options.Value.MaxBackoff.TotalSeconds, Math.Pow(2, attempts)));
                var delay = result.RetryAfter is { } after && after > backoff ? after : backoff;
                await owned.ExecuteUpdateAsync(
                    s => s.SetProperty(d => d.Attempts, attempts).SetProperty(d => d.NextAttemptAt, now + delay).SetProperty(d => d.LastError, reason)
                        .SetProperty(d => d.LockedBy, (string?)null).SetProperty(d => d.LockedUntil, (DateTimeOffset?)null),
                    cancellationToken).ConfigureAwait(false);
                LogRetry(logger, delivery.Kind, delivery.Target, attempts, delay.TotalSeconds, reason);
                break;
            default:
                await owned.ExecuteUpdateAsync(
                    s => s.SetProperty(d => d.Attempts, attempts).SetProperty(d => d.FailedAt, now).SetProperty(d => d.LastError, reason)
                        .SetProperty(d => d.LockedBy, (string?)null).SetProperty(d => d.LockedUntil, (DateTimeOffset?)null),
                    cancellationToken).ConfigureAwait(false);
                LogGaveUp(logger, delivery.Kind, delivery.Target, attempts, reason);
                break;
        }
    }

    private async Task ReleaseAsync(ServiceBotDbContext db, long id, CancellationToken cancellationToken) =>
        await db.Deliveries.Where(d => d.Id == id && d.LockedBy == _instance)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LockedBy, (string?)null).SetProperty(d => d.LockedUntil, (DateTimeOffset?)null), cancellationToken)
            .ConfigureAwait(false);

    [LoggerMessage(EventId = 300, Level = LogLevel.Warning, Message = "Delivery ({Kind} to {Target}) failed (attempt {Attempts}); retrying in {DelaySeconds} s: {Reason}")]
    private static partial void LogRetry(ILogger logger, string kind, string target, int attempts, double delaySeconds, string? reason);

    [LoggerMessage(EventId = 301, Level = LogLevel.Error, Message = "Delivery ({Kind} to {Target}) given up after {Attempts} attempts: {Reason}")]
    private static partial void LogGaveUp(ILogger logger, string kind, string target, int attempts, string? reason);
}
