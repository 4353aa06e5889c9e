using MediatR;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Domain.Cases.Events;

namespace ServiceBot.Application.Notifications.Reactions;

internal sealed class NotifyBureausWhenCaseDispatched(InboxWriter inbox, CaseNotificationTexts texts) : INotificationHandler<DomainEventNotification<CaseDispatched>>
{
    public async Task Handle(DomainEventNotification<CaseDispatched> notification, CancellationToken cancellationToken)
    {
        var e = notification.Event;
        await inbox.ToBureauAsync(
            e,
            e.LeadBureauCode,
            $"新诉求待签收 {e.CaseNumber}",
            $"请于{texts.When(e.SignForDue)}前签收，{texts.When(e.AnswerDue)}前答复企业。",
            cancellationToken).ConfigureAwait(false);
        foreach (var coHandler in e.CoHandlerCodes)
        {
            await inbox.ToBureauAsync(e, coHandler, $"协办诉求 {e.CaseNumber}", "请在3个工作日内向牵头单位提交协办意见。", cancellationToken).ConfigureAwait(false);
        }
    }
}
