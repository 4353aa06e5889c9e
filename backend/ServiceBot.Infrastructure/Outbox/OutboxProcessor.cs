using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Users;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Infrastructure.Outbox;

/// <summary>
/// Dispatches committed outbox messages to their MediatR reactions. Each message is claimed with a lease (so host
/// instances sharing a database never work on it at once) and dispatched in one transaction together with the
/// reactions' own writes and the mark that it was dispatched: after a crash it is either wholly done or not at all,
/// and it is never done twice.
/// </summary>
internal sealed partial class OutboxProcessor(IServiceScopeFactory scopes, TimeProvider time, IOptions<OutboxOptions> options, ILogger<OutboxProcessor> logger)
{
    private readonly string _instance = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Dispatches every message that is due now; returns how many were dispatched.</summary>
    public async Task<int> ProcessPendingAsync(CancellationToken cancellationToken)
    {
        var dispatched = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var batch = await NextBatchAsync(cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                return dispatched;
            }

            var progress = false;
            foreach (var id in batch)
            {
                if (await TryClaimAsync(id, cancellationToken).ConfigureAwait(false))
                {
                    progress = true;
                    dispatched += await DispatchAsync(id, cancellationToken).ConfigureAwait(false) ? 1 : 0;
                }
            }

            if (!progress)
            {
                return dispatched;
            }
        }

        return dispatched;
    }

    private async Task<List<Guid>> NextBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>();
        var now = time.GetUtcNow();
        var maxAttempts = options.Value.MaxAttempts;
        return await db.OutboxMessages.AsNoTracking()
            .Where(m => m.DispatchedAt == null && m.NextAttemptAt <= now && m.Attempts < maxAttempts && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.OccurredAt)
            .Select(m => m.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<bool> TryClaimAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>();
        var now = time.GetUtcNow();
        var until = now + options.Value.LockDuration;
        var claimed = await db.OutboxMessages
            .Where(m => m.Id == id && m.DispatchedAt == null && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedBy, _instance).SetProperty(m => m.LockedUntil, until), cancellationToken)
            .ConfigureAwait(false);
        return claimed == 1;
    }

    private async Task<bool> DispatchAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Actor = Actor.System;
            var db = scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false);
            var domainEvent = OutboxSerialization.Deserialize(message.Type, message.Payload);
            await DomainEventPublisher.PublishAsync(scope.ServiceProvider.GetRequiredService<IMediator>(), domainEvent, cancellationToken).ConfigureAwait(false);

            var now = time.GetUtcNow();
            var marked = await db.OutboxMessages
                .Where(m => m.Id == id && m.LockedBy == _instance && m.DispatchedAt == null)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.DispatchedAt, now).SetProperty(m => m.Attempts, m => m.Attempts + 1).SetProperty(m => m.LockedUntil, (DateTimeOffset?)null),
                    cancellationToken)
                .ConfigureAwait(false);
            if (marked != 1)
            {
                // The lease ran out and another instance took the message over: its transaction wins, ours is undone.
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                LogLeaseLost(logger, id);
                return false;
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await RecordFailureAsync(id, ex, cancellationToken).ConfigureAwait(false);
            return false;
        }
    }

    private async Task RecordFailureAsync(Guid id, Exception error, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>();
        var message = await db.OutboxMessages.SingleAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false);
        message.Attempts++;

        // Exponential backoff: 2 s, 4 s, 8 s … capped at 10 minutes.
        var delay = TimeSpan.FromSeconds(Math.Min(600, Math.Pow(2, message.Attempts)));
        message.NextAttemptAt = time.GetUtcNow() + delay;
        message.LastError = error.ToString()[..Math.Min(2000, error.ToString().Length)];
        message.LockedBy = null;
        message.LockedUntil = null;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        LogDispatchFailed(logger, error, message.Type, id, message.Attempts, delay.TotalSeconds);
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Warning, Message = "Dispatching {Type} {Id} failed (attempt {Attempts}); retrying in {DelaySeconds} s")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception, string type, Guid id, int attempts, double delaySeconds);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Outbox message {Id} was taken over by another instance; rolled back")]
    private static partial void LogLeaseLost(ILogger logger, Guid id);
}
