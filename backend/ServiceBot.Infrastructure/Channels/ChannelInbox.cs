using Microsoft.EntityFrameworkCore;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Infrastructure.Channels;

/// <summary>
/// Records inbound activities in their conversation's turn queue: de-duplicated, echoed to the transcript when the
/// channel shows the user's own activities back (Direct Line), and all in one transaction, so a refused or failed
/// request leaves nothing behind.
/// </summary>
public sealed class ChannelInbox(ServiceBotDbContext db, TimeProvider time)
{

    /// <summary>Queues the activity; returns null when the conversation is unknown and may not be created.</summary>
    /// <remarks>
    /// The conversation's state row is updated first, which holds other writers of the same conversation off until
    /// commit: queue ids and transcript sequence numbers of one conversation are therefore committed in the order
    /// they were given, and the retry check cannot race with a concurrent copy of the same activity.
    /// </remarks>
    public async Task<Enqueued?> EnqueueAsync(InboundRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryEnqueueAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException) when (attempt == 1 && request.NewConversation is not null)
            {
                // Two first activities of a new conversation raced to create it; the loser retries against the winner's row.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<Enqueued?> TryEnqueueAsync(InboundRequest request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var step = request.Echo ? 1 : 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var locked = await db.ConversationStates
            .Where(s => s.ConversationId == request.ConversationId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSequence, x => x.LastSequence + step), cancellationToken)
            .ConfigureAwait(false);
        if (locked == 0)
        {
            if (request.NewConversation is null)
            {
                return null;
            }

            var conversation = request.NewConversation();
            db.Conversations.Add(conversation);
            db.ConversationStates.Add(new ConversationState { ConversationId = conversation.Id, LastSequence = step });
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        var existing = await db.InboundActivities.AsNoTracking()
            .Where(a => a.DedupKey == request.DedupKey)
            .Select(a => (long?)a.Id)
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        if (existing is { } duplicate)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            var echoed = await db.TranscriptActivities.AsNoTracking()
                .Where(t => t.ConversationId == request.ConversationId && t.IdempotencyKey == request.DedupKey)
                .Select(t => (long?)t.Sequence)
                .FirstOrDefaultAsync(cancellationToken)
                .ConfigureAwait(false);
            return new Enqueued(duplicate, Duplicate: true, echoed);
        }

        long? sequence = null;
        var payload = string.Empty;
        if (request.Echo)
        {
            sequence = await db.ConversationStates.AsNoTracking()
                .Where(s => s.ConversationId == request.ConversationId)
                .Select(s => s.LastSequence)
                .SingleAsync(cancellationToken)
                .ConfigureAwait(false);
            db.TranscriptActivities.Add(new TranscriptActivity
            {
                ConversationId = request.ConversationId,
                Sequence = sequence.Value,
                IdempotencyKey = request.DedupKey,
                Payload = payload = request.Payload(sequence),
                CreatedAt = now,
            });
        }

        var inbound = new InboundActivity
        {
            ConversationId = request.ConversationId,
            DedupKey = request.DedupKey,
            Source = request.Source,
            Mode = request.Mode,
            Payload = request.Echo ? payload : request.Payload(null),
            ReceivedAt = now,
        };
        db.InboundActivities.Add(inbound);
        var known = await db.Conversations.SingleAsync(c => c.Id == request.ConversationId, cancellationToken).ConfigureAwait(false);
        known.Seen(request.ServiceUrl, request.UserName, now);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new Enqueued(inbound.Id, Duplicate: false, sequence);
    }
}
