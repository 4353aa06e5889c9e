using MediatR;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Domain.Cases.Events;

namespace ServiceBot.Application.Notifications.Reactions;

internal sealed class NotifyEnterpriseWhenInformationRequested(IChatNotifier chat) : INotificationHandler<DomainEventNotification<CaseInformationRequested>>
{
    public Task Handle(DomainEventNotification<CaseInformationRequested> notification, CancellationToken cancellationToken)
    {
        var e = notification.Event;
        var text = $"承办单位请您为诉求 {e.CaseNumber} 补充材料：\n{e.Question}\n可以直接在这里回复文字或上传文件。";
        return chat.ToEnterpriseOfCaseAsync(e, ChatMessage.Say(text).WithActions(new ChatAction("补充材料", $"补充材料 {e.CaseNumber}")), cancellationToken);
    }
}
