using MediatR;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Domain.Cases.Events;

namespace ServiceBot.Application.Notifications.Reactions;

internal sealed class NotifyEnterpriseWhenCaseDispatched(IChatNotifier chat, CaseNotificationTexts texts) : INotificationHandler<DomainEventNotification<CaseDispatched>>
{
    public Task Handle(DomainEventNotification<CaseDispatched> notification, CancellationToken cancellationToken)
    {
        var e = notification.Event;
        if (e.ConfirmedByReporter)
        {
            // The chat's own confirmation already named the bureau and both deadlines; a second message saying the
            // same thing (often arriving before that confirmation) only confuses.
            return Task.CompletedTask;
        }

        var bureau = texts.Bureau(e.LeadBureauCode);
        var text = e.IsRedispatch
            ? $"您的诉求 {e.CaseNumber} 已改由{bureau}办理，将于{texts.When(e.AnswerDue)}前答复您。"
            : $"您的诉求 {e.CaseNumber} 已交办给{bureau}，承办单位将于{texts.When(e.SignForDue)}前签收，{texts.When(e.AnswerDue)}前答复您。";
        return chat.ToEnterpriseOfCaseAsync(e, ChatMessage.Say(text).WithActions(EnterpriseActions.Progress(e.CaseNumber)), cancellationToken);
    }
}
