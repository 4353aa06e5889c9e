using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Domain.Cases.Events;

namespace ServiceBot.Application.Notifications.Reactions;

internal sealed class NotifyLeadWhenCoHandlerReported(InboxWriter inbox, IApplicationDbContext db, CaseNotificationTexts texts)
    : INotificationHandler<DomainEventNotification<CaseCoHandlerReported>>
{
    public async Task Handle(DomainEventNotification<CaseCoHandlerReported> notification, CancellationToken cancellationToken)
    {
        var e = notification.Event;
        var lead = await db.Cases.Where(c => c.Id == e.CaseId).Select(c => c.LeadBureauCode).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (lead is not null)
        {
            await inbox.ToBureauAsync(e, lead, $"协办意见 {e.CaseNumber}", $"{texts.Bureau(e.BureauCode)}：{e.Input}", cancellationToken).ConfigureAwait(false);
        }
    }
}
