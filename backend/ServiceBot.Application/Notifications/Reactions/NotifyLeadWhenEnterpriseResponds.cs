using MediatR;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Cases.Events;

namespace ServiceBot.Application.Notifications.Reactions;

/// <summary>The lead bureau hears when the enterprise supplies information or rates its answer.</summary>
internal sealed class NotifyLeadWhenEnterpriseResponds(InboxWriter inbox)
    : INotificationHandler<DomainEventNotification<CaseInformationSupplied>>, INotificationHandler<DomainEventNotification<CaseEvaluated>>
{
    public Task Handle(DomainEventNotification<CaseInformationSupplied> notification, CancellationToken cancellationToken) =>
        inbox.ToLeadBureauAsync(notification.Event, $"企业已补充材料 {notification.Event.CaseNumber}", notification.Event.Information, cancellationToken);

    public Task Handle(DomainEventNotification<CaseEvaluated> notification, CancellationToken cancellationToken)
    {
        var e = notification.Event;
        var body = e.Rating == EvaluationRating.Unsatisfied ? "企业不满意，诉求已转为重办，请重新办理。" : $"企业评价：{e.Rating.ToChinese()}。";
        return inbox.ToLeadBureauAsync(e, $"企业评价 {e.CaseNumber}", body, cancellationToken);
    }
}
