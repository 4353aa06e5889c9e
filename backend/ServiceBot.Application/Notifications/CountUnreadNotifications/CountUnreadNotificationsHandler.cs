using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Notifications.CountUnreadNotifications;

internal sealed class CountUnreadNotificationsHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IRequestHandler<CountUnreadNotificationsQuery, Result<int>>
{
    public async Task<Result<int>> Handle(CountUnreadNotificationsQuery request, CancellationToken cancellationToken)
    {
        var me = currentUser.Actor!.Id;
        return await db.Notifications.AsNoTracking()
            .CountAsync(n => n.RecipientUserId == me && n.ReadAt == null, cancellationToken)
            .ConfigureAwait(false);
    }
}
