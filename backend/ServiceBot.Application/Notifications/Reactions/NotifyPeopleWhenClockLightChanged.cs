using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Cases.Events;
using ServiceBot.Domain.Sla;

namespace ServiceBot.Application.Notifications.Reactions;

/// <summary>
/// Every light reaches the bureau whose clock it is (a co-handler's report clock goes to the co-handler). Red, and a
/// sign-for deadline missed, also reach the coordinator office, which follows up on late bureaus.
/// </summary>
internal sealed class NotifyPeopleWhenClockLightChanged(InboxWriter inbox, IApplicationDbContext db) : INotificationHandler<DomainEventNotification<CaseClockLightChanged>>
{
    public async Task Handle(DomainEventNotification<CaseClockLightChanged> notification, CancellationToken cancellationToken)
    {
        var e = notification.Event;
        var title = $"{e.Light.ToChinese()}预警 {e.CaseNumber}";
        var bureau = e.BureauCode
            ?? await db.Cases.Where(c => c.Id == e.CaseId).Select(c => c.LeadBureauCode).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (bureau is not null)
        {
            await inbox.ToBureauAsync(e, bureau, title, e.Message, cancellationToken).ConfigureAwait(false);
        }

        if (e.Light == TrafficLight.Red || (e.Light == TrafficLight.Yellow && e.Kind == ClockKind.SignFor))
        {
            await inbox.ToCoordinatorsAsync(e, title, e.Message, cancellationToken).ConfigureAwait(false);
        }
    }
}
