using Microsoft.EntityFrameworkCore;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Infrastructure.Deliveries;

/// <summary>Queues deliveries in the caller's unit of work; the dispatcher sends them after commit.</summary>
public sealed class DeliveryWriter(ServiceBotDbContext db, TimeProvider time)
{
    /// <summary>Queues a delivery unless one with the same key exists; returns whether it was added.</summary>
    public async Task<bool> EnqueueAsync(string idempotencyKey, string kind, string target, string payload, string? replyTo, CancellationToken cancellationToken)
    {
        if (db.Deliveries.Local.Any(d => d.IdempotencyKey == idempotencyKey)
            || await db.Deliveries.AnyAsync(d => d.IdempotencyKey == idempotencyKey, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var now = time.GetUtcNow();
        db.Deliveries.Add(new Delivery
        {
            IdempotencyKey = idempotencyKey,
            Kind = kind,
            Target = target,
            Payload = payload,
            ReplyTo = replyTo,
            CreatedAt = now,
            NextAttemptAt = now,
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
