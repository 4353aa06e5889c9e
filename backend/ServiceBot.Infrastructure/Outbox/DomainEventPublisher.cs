using System.Collections.Concurrent;
using MediatR;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Domain.Common;

namespace ServiceBot.Infrastructure.Outbox;

/// <summary>Publishes a domain event known only at run time as the typed <see cref="DomainEventNotification{TEvent}"/>.</summary>
internal static class DomainEventPublisher
{
    private static readonly ConcurrentDictionary<Type, Func<IMediator, IDomainEvent, CancellationToken, Task>> Publishers = new();

    public static Task PublishAsync(IMediator mediator, IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var publish = Publishers.GetOrAdd(domainEvent.GetType(), static type =>
            typeof(DomainEventPublisher)
                .GetMethod(nameof(PublishTyped), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(type)
                .CreateDelegate<Func<IMediator, IDomainEvent, CancellationToken, Task>>());
        return publish(mediator, domainEvent, cancellationToken);
    }

    private static Task PublishTyped<TEvent>(IMediator mediator, IDomainEvent domainEvent, CancellationToken cancellationToken)
        where TEvent : IDomainEvent =>
        mediator.Publish(new DomainEventNotification<TEvent>((TEvent)domainEvent), cancellationToken);
}
