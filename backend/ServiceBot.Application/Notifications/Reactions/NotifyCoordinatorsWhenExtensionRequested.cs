using MediatR;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Domain.Cases.Events;

namespace ServiceBot.Application.Notifications.Reactions;

internal sealed class NotifyCoordinatorsWhenExtensionRequested(InboxWriter inbox) : INotificationHandler<DomainEventNotification<CaseExtensionRequested>>
{
    public Task Handle(DomainEventNotification<CaseExtensionRequested> notification, CancellationToken cancellationToken)
    {
        var e = notification.Event;
        return inbox.ToCoordinatorsAsync(e, $"延期申请 {e.CaseNumber}", $"申请延期至{e.RequestedDueDate:yyyy年M月d日}：{e.Reason}", cancellationToken);
    }
}
