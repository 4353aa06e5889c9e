using MediatR;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Domain.Cases.Events;

namespace ServiceBot.Application.Notifications.Reactions;

/// <summary>Only a granted extension changes what the enterprise was promised; a refused one changes nothing for them.</summary>
internal sealed class NotifyEnterpriseWhenExtensionGranted(IChatNotifier chat, CaseNotificationTexts texts) : INotificationHandler<DomainEventNotification<CaseExtensionRuled>>
{
    public Task Handle(DomainEventNotification<CaseExtensionRuled> notification, CancellationToken cancellationToken)
    {
        var e = notification.Event;
        if (!e.Approved)
        {
            return Task.CompletedTask;
        }

        var text = $"您的诉求 {e.CaseNumber} 办理时限已延长，承办单位将于{texts.When(e.AnswerDue)}前答复您。";
        return chat.ToEnterpriseOfCaseAsync(e, ChatMessage.Say(text), cancellationToken);
    }
}
