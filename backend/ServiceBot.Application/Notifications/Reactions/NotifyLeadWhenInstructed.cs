using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Domain.Cases.Events;

namespace ServiceBot.Application.Notifications.Reactions;

internal sealed class NotifyLeadWhenInstructed(InboxWriter inbox, IApplicationDbContext db, CaseNotificationTexts texts)
    : INotificationHandler<DomainEventNotification<CaseInstructed>>
{
    public async Task Handle(DomainEventNotification<CaseInstructed> notification, CancellationToken cancellationToken)
    {
        var e = notification.Event;
        var lead = await db.Cases.Where(c => c.Id == e.CaseId).Select(c => c.LeadBureauCode).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (lead is null)
        {
            return;
        }

        var due = e.AnswerDue is { } d ? $"（新时限：{texts.When(d)}）" : string.Empty;
        await inbox.ToBureauAsync(e, lead, $"县领导批示 {e.CaseNumber}", e.Instruction + due, cancellationToken).ConfigureAwait(false);
        await inbox.ToCoordinatorsAsync(e, $"县领导批示 {e.CaseNumber}", e.Instruction + due, cancellationToken).ConfigureAwait(false);
    }
}
