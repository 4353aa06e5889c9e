using MediatR;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Domain.Cases.Events;

namespace ServiceBot.Application.Notifications.Reactions;

internal sealed class NotifyLeadWhenCoHandlerReported(InboxWriter inbox, CaseNotificationTexts texts)
    : INotificationHandler<DomainEventNotification<CaseCoHandlerReported>>
{
    public Task Handle(DomainEventNotification<CaseCoHandlerReported> notification, CancellationToken cancellationToken)
    {
        var e = notification.Event;
        return inbox.ToLeadBureauAsync(e, $"协办意见 {e.CaseNumber}", $"{texts.Bureau(e.BureauCode)}：{e.Input}", cancellationToken);
    }
}
