using Microsoft.EntityFrameworkCore;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Infrastructure.Channels;

/// <summary>
/// The per-conversation turn queues and the leases that make one host instance at a time process a conversation's
/// turns, in order. Leases live in the database, so they work the same on one SQLite process and on several
/// instances sharing PostgreSQL, hold no connection or transaction while a turn runs, and run out on their own when
/// an instance dies mid-turn.
/// </summary>
public sealed class ConversationTurns(ServiceBotDbContext db, TimeProvider time)
{
    /// <summary>Takes the conversation's lease for <paramref name="owner"/> unless another instance holds it.</summary>
    public async Task<bool> TryClaimAsync(string conversationId, string owner, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var until = now + duration;
        var claimed = await db.ConversationStates
            .Where(s => s.ConversationId == conversationId && (s.LockedUntil == null || s.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LockedBy, owner).SetProperty(x => x.LockedUntil, until), cancellationToken)
            .ConfigureAwait(false);
        return claimed == 1;
    }

    public async Task ReleaseAsync(string conversationId, string owner, CancellationToken cancellationToken) =>
        await db.ConversationStates
            .Where(s => s.ConversationId == conversationId && s.LockedBy == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LockedBy, (string?)null).SetProperty(x => x.LockedUntil, (DateTimeOffset?)null), cancellationToken)
            .ConfigureAwait(false);

    /// <summary>The oldest unprocessed activity of the conversation.</summary>
    public async Task<QueuedTurn?> NextAsync(string conversationId, CancellationToken cancellationToken) =>
        await db.InboundActivities.AsNoTracking()
            .Where(a => a.ConversationId == conversationId && a.ProcessedAt == null)
            .OrderBy(a => a.Id)
            .Select(a => new QueuedTurn(a.Id, a.ConversationId, a.Source, a.Mode, a.Payload, a.ReceivedAt))
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);

    public async Task<bool> HasPendingAsync(string conversationId, CancellationToken cancellationToken) =>
        await db.InboundActivities.AnyAsync(a => a.ConversationId == conversationId && a.ProcessedAt == null, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Marks the activity processed, and renews the lease, only while <paramref name="owner"/> still holds it; returns
    /// false when the lease was lost (the instance was too slow and another took the conversation over).
    /// </summary>
    public async Task<bool> CompleteAsync(long id, string owner, TimeSpan duration, string? outcome, string? error, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var until = now + duration;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var conversationId = await db.InboundActivities.AsNoTracking().Where(a => a.Id == id).Select(a => a.ConversationId).SingleAsync(cancellationToken).ConfigureAwait(false);
        var held = await db.ConversationStates
            .Where(s => s.ConversationId == conversationId && s.LockedBy == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LockedUntil, until), cancellationToken)
            .ConfigureAwait(false);
        if (held == 0)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return false;
        }

        var shortError = error is null ? null : error[..Math.Min(2000, error.Length)];
        await db.InboundActivities
            .Where(a => a.Id == id && a.ProcessedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ProcessedAt, now).SetProperty(x => x.Outcome, outcome).SetProperty(x => x.Error, shortError), cancellationToken)
            .ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The outcome of a processed activity; null while it waits.</summary>
    public async Task<TurnOutcome?> OutcomeAsync(long id, CancellationToken cancellationToken) =>
        await db.InboundActivities.AsNoTracking()
            .Where(a => a.Id == id && a.ProcessedAt != null)
            .Select(a => new TurnOutcome(a.ProcessedAt!.Value, a.Outcome, a.Error))
            .SingleOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);

    /// <summary>
    /// Conversations with activities waiting longer than <paramref name="olderThan"/> and no live lease: left behind by
    /// an instance that died, or by a wake-up that was lost.
    /// </summary>
    public async Task<IReadOnlyList<string>> StrandedAsync(TimeSpan olderThan, int max, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var before = now - olderThan;
        return await db.InboundActivities.AsNoTracking()
            .Where(a => a.ProcessedAt == null && a.ReceivedAt <= before)
            .Join(db.ConversationStates, a => a.ConversationId, s => s.ConversationId, (a, s) => new { a.ConversationId, s.LockedUntil })
            .Where(x => x.LockedUntil == null || x.LockedUntil < now)
            .Select(x => x.ConversationId)
            .Distinct()
            .OrderBy(id => id)
            .Take(max)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
    }
}
