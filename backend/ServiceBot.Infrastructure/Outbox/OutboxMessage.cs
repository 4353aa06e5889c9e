namespace ServiceBot.Infrastructure.Outbox;

/// <summary>
/// A domain event waiting to be dispatched. Written in the transaction of the change that raised it; dispatched
/// after commit by <see cref="OutboxProcessor"/>, which marks it in the transaction of the reactions' own writes.
/// </summary>
internal sealed class OutboxMessage
{
    /// <summary>The event's own id, so a message can never be stored twice.</summary>
    public Guid Id { get; set; }

    /// <summary>The event type's name, e.g. <c>CaseDispatched</c>.</summary>
    public string Type { get; set; } = string.Empty;

    public string Payload { get; set; } = string.Empty;

    public DateTimeOffset OccurredAt { get; set; }

    public DateTimeOffset? DispatchedAt { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>The host instance working on the message, so two instances never dispatch it at once.</summary>
    public string? LockedBy { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }
}
