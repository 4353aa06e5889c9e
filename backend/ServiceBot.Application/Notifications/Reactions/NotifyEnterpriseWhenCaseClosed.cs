using MediatR;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Cases.Events;

namespace ServiceBot.Application.Notifications.Reactions;

internal sealed class NotifyEnterpriseWhenCaseClosed(IChatNotifier chat) : INotificationHandler<DomainEventNotification<CaseClosed>>
{
    public Task Handle(DomainEventNotification<CaseClosed> notification, CancellationToken cancellationToken)
    {
        var e = notification.Event;
        var text = e.Reason switch
        {
            CloseReason.Evaluated => $"您的诉求 {e.CaseNumber} 已办结，感谢您的评价。",
            CloseReason.NotEvaluated => $"您的诉求 {e.CaseNumber} 评价期已过，已办结。如问题仍未解决，欢迎随时再次反映。",
            _ => $"您的诉求 {e.CaseNumber} 已由县三服务办办结。如有疑问，欢迎随时再次反映。",
        };
        return chat.ToEnterpriseOfCaseAsync(e, ChatMessage.Say(text), cancellationToken);
    }
}
