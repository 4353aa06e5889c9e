using MediatR;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Domain.Cases.Events;

namespace ServiceBot.Application.Notifications.Reactions;

internal sealed class NotifyEnterpriseWhenStageReplied(IChatNotifier chat) : INotificationHandler<DomainEventNotification<CaseStageReplied>>
{
    public Task Handle(DomainEventNotification<CaseStageReplied> notification, CancellationToken cancellationToken)
    {
        var e = notification.Event;
        return chat.ToEnterpriseOfCaseAsync(e, ChatMessage.Say($"诉求 {e.CaseNumber} 办理进展：\n{e.Text}"), cancellationToken);
    }
}
