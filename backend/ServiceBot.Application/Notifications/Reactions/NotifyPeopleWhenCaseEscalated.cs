using MediatR;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Cases.Events;

namespace ServiceBot.Application.Notifications.Reactions;

/// <summary>催办 reaches the lead bureau; 督办 also the coordinator office; 提级 also the county leaders.</summary>
internal sealed class NotifyPeopleWhenCaseEscalated(InboxWriter inbox) : INotificationHandler<DomainEventNotification<CaseEscalated>>
{
    public async Task Handle(DomainEventNotification<CaseEscalated> notification, CancellationToken cancellationToken)
    {
        var e = notification.Event;
        var title = $"{e.Level.ToChinese()} {e.CaseNumber}";
        await inbox.ToLeadBureauAsync(e, title, e.Reason, cancellationToken).ConfigureAwait(false);

        if (e.Level >= EscalationLevel.Supervised)
        {
            await inbox.ToCoordinatorsAsync(e, title, e.Reason, cancellationToken).ConfigureAwait(false);
        }

        if (e.Level == EscalationLevel.Elevated)
        {
            await inbox.ToLeadersAsync(e, $"提级诉求待批示 {e.CaseNumber}", e.Reason, cancellationToken).ConfigureAwait(false);
        }
    }
}
