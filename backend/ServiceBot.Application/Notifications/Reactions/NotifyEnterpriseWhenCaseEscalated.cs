using MediatR;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Cases.Events;

namespace ServiceBot.Application.Notifications.Reactions;

/// <summary>The enterprise learns that its case is being pushed, not the internal reason for it.</summary>
internal sealed class NotifyEnterpriseWhenCaseEscalated(IChatNotifier chat) : INotificationHandler<DomainEventNotification<CaseEscalated>>
{
    public Task Handle(DomainEventNotification<CaseEscalated> notification, CancellationToken cancellationToken)
    {
        var e = notification.Event;
        var text = e.Level switch
        {
            EscalationLevel.Urged => $"您的诉求 {e.CaseNumber} 已向承办单位催办，我们会继续跟进。",
            EscalationLevel.Supervised => $"您的诉求 {e.CaseNumber} 已由县三服务办督办，我们会继续跟进。",
            EscalationLevel.Elevated => $"您的诉求 {e.CaseNumber} 已提级，由县领导协调办理。",
            _ => null,
        };
        return text is null ? Task.CompletedTask : chat.ToEnterpriseOfCaseAsync(e, ChatMessage.Say(text), cancellationToken);
    }
}
