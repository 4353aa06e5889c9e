using MediatR;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Domain.Cases.Events;

namespace ServiceBot.Application.Notifications.Reactions;

internal sealed class NotifyCoordinatorsWhenReturnRequested(InboxWriter inbox, CaseNotificationTexts texts) : INotificationHandler<DomainEventNotification<CaseReturnRequested>>
{
    public Task Handle(DomainEventNotification<CaseReturnRequested> notification, CancellationToken cancellationToken)
    {
        var e = notification.Event;
        return inbox.ToCoordinatorsAsync(e, $"退单申请 {e.CaseNumber}", $"{texts.Bureau(e.BureauCode)}申请退单：{e.Reason}", cancellationToken);
    }
}
