using Microsoft.EntityFrameworkCore;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Infrastructure.Channels;

/// <summary>
/// The durable transcripts of conversations on the built-in Direct Line: append with a per-conversation sequence
/// number, read after a watermark.
/// </summary>
public sealed class TranscriptStore(ServiceBotDbContext db, TimeProvider time)
{
    /// <summary>
    /// Appends an activity once per <paramref name="idempotencyKey"/>: a second append with the same key returns the
    /// first one's sequence number and writes nothing. Returns null when the conversation is unknown.
    /// </summary>
    /// <param name="payload">The activity's JSON, given its sequence number (its id is derived from it).</param>
    /// <remarks>The conversation's state row is updated first, so appends to one conversation commit in sequence order.</remarks>
    public async Task<long?> AppendAsync(string conversationId, string idempotencyKey, Func<long, string> payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var locked = await db.ConversationStates
            .Where(s => s.ConversationId == conversationId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSequence, x => x.LastSequence + 1), cancellationToken)
            .ConfigureAwait(false);
        if (locked == 0)
        {
            return null;
        }

        var existing = await db.TranscriptActivities.AsNoTracking()
            .Where(t => t.ConversationId == conversationId && t.IdempotencyKey == idempotencyKey)
            .Select(t => (long?)t.Sequence)
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        if (existing is not null)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return existing;
        }

        var sequence = await db.ConversationStates.AsNoTracking()
            .Where(s => s.ConversationId == conversationId)
            .Select(s => s.LastSequence)
            .SingleAsync(cancellationToken)
            .ConfigureAwait(false);
        db.TranscriptActivities.Add(new TranscriptActivity
        {
            ConversationId = conversationId,
            Sequence = sequence,
            IdempotencyKey = idempotencyKey,
            Payload = payload(sequence),
            CreatedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return sequence;
    }

    /// <summary>Up to <paramref name="max"/> activities after <paramref name="watermark"/>, oldest first.</summary>
    public async Task<IReadOnlyList<TranscriptEntry>> ReadAsync(string conversationId, long watermark, int max, CancellationToken cancellationToken) =>
        await db.TranscriptActivities.AsNoTracking()
            .Where(t => t.ConversationId == conversationId && t.Sequence > watermark)
            .OrderBy(t => t.Sequence)
            .Take(max)
            .Select(t => new TranscriptEntry(t.Sequence, t.Payload))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

    /// <summary>The newest sequence number of the conversation (0 for an empty transcript), or null when it is unknown.</summary>
    public async Task<long?> WatermarkAsync(string conversationId, CancellationToken cancellationToken) =>
        await db.ConversationStates.AsNoTracking()
            .Where(s => s.ConversationId == conversationId)
            .Select(s => (long?)s.LastSequence)
            .SingleOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
}
