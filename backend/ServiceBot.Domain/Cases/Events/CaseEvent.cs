using ServiceBot.Domain.Common;

namespace ServiceBot.Domain.Cases.Events;

/// <summary>The base of every case event: which case, and when.</summary>
public abstract record CaseEvent(Guid CaseId, string CaseNumber, DateTimeOffset OccurredAt) : IDomainEvent
{
    public Guid EventId { get; init; } = Guid.NewGuid();
}
