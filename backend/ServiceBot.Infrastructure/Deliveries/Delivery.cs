namespace ServiceBot.Infrastructure.Deliveries;

/// <summary>
/// A message to send outside the database: to a conversation (a Bot Framework channel's service URL, or the built-in
/// Direct Line's transcript) or to a staff webhook. Written in the transaction that decided to send it; sent by
/// <see cref="DeliveryProcessor"/> with a lease, retried with backoff, and never sent before an older delivery to the
/// same target, so a conversation reads its messages in order.
/// </summary>
internal sealed class Delivery
{
    public long Id { get; set; }

    /// <summary>Unique: the source (event id, turn) and the target, so the same message is never queued twice.</summary>
    public string IdempotencyKey { get; set; } = string.Empty;

    /// <summary>Which sender handles it, e.g. <c>chat</c> or <c>webhook</c>.</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>Where it goes: a conversation id, or <c>webhook:{audience}</c>. Deliveries to one target go out in id order.</summary>
    public string Target { get; set; } = string.Empty;

    public string Payload { get; set; } = string.Empty;

    /// <summary>The inbound activity a reply answers, when it is one.</summary>
    public string? ReplyTo { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>Set when the target refused it for good or the attempts ran out; it then no longer holds back younger deliveries.</summary>
    public DateTimeOffset? FailedAt { get; set; }

    public string? LastError { get; set; }

    public string? LockedBy { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }
}
