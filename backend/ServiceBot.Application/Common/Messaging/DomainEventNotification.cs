using MediatR;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Common.Messaging;

/// <summary>
/// A domain event as published by the outbox dispatcher after the change that raised it was committed. The domain
/// stays free of MediatR; reactions handle <c>DomainEventNotification&lt;TheEvent&gt;</c>.
/// </summary>
public sealed record DomainEventNotification<TEvent>(TEvent Event) : INotification
    where TEvent : IDomainEvent;
