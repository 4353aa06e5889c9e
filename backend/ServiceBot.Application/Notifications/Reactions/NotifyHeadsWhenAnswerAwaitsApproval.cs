using MediatR;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Domain.Cases.Events;

namespace ServiceBot.Application.Notifications.Reactions;

internal sealed class NotifyHeadsWhenAnswerAwaitsApproval(InboxWriter inbox) : INotificationHandler<DomainEventNotification<CaseAnswerAwaitingApproval>>
{
    public Task Handle(DomainEventNotification<CaseAnswerAwaitingApproval> notification, CancellationToken cancellationToken)
    {
        var e = notification.Event;
        return inbox.ToBureauHeadsAsync(e, e.BureauCode, $"答复待审核 {e.CaseNumber}", "经办人已拟好答复，请审核后发送给企业。", cancellationToken);
    }
}
