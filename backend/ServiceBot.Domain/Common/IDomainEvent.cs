namespace ServiceBot.Domain.Common;

/// <summary>
/// Something that happened in the domain. Events are written to the outbox in the same transaction as the
/// change that raised them and dispatched after commit; <see cref="EventId"/> makes every reaction idempotent.
/// </summary>
public interface IDomainEvent
{
    Guid EventId { get; }

    DateTimeOffset OccurredAt { get; }
}
