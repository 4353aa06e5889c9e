using MediatR;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Cases.Events;

namespace ServiceBot.Application.Notifications.Reactions;

/// <summary>The answer itself, with the three ratings as buttons: the evaluation window starts now.</summary>
internal sealed class NotifyEnterpriseWhenCaseAnswered(IChatNotifier chat, CaseNotificationTexts texts) : INotificationHandler<DomainEventNotification<CaseAnswered>>
{
    public Task Handle(DomainEventNotification<CaseAnswered> notification, CancellationToken cancellationToken)
    {
        var e = notification.Event;
        var text = $"您的诉求 {e.CaseNumber} 已答复：\n{e.Answer}\n请在{texts.When(e.EvaluationDue)}前评价办理结果。";
        var ratings = new[] { EvaluationRating.Satisfied, EvaluationRating.BasicallySatisfied, EvaluationRating.Unsatisfied }
            .Select(r => new ChatAction(r.ToChinese(), $"评价 {e.CaseNumber} {r.ToChinese()}"))
            .ToArray();
        return chat.ToEnterpriseOfCaseAsync(e, ChatMessage.Say(text).WithActions(ratings), cancellationToken);
    }
}
