using MediatR;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Domain.Cases.Events;

namespace ServiceBot.Application.Notifications.Reactions;

internal sealed class NotifyEnterpriseWhenCaseSignedFor(IChatNotifier chat, CaseNotificationTexts texts) : INotificationHandler<DomainEventNotification<CaseSignedFor>>
{
    public Task Handle(DomainEventNotification<CaseSignedFor> notification, CancellationToken cancellationToken)
    {
        var e = notification.Event;
        var text = $"{texts.Bureau(e.BureauCode)}已签收您的诉求 {e.CaseNumber}，正在办理。";
        return chat.ToEnterpriseOfCaseAsync(e, ChatMessage.Say(text).WithActions(EnterpriseActions.Progress(e.CaseNumber)), cancellationToken);
    }
}
