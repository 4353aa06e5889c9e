using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Notifications.MarkNotificationRead;

internal sealed class MarkNotificationReadHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider time)
    : IRequestHandler<MarkNotificationReadCommand, Result<int>>
{
    public async Task<Result<int>> Handle(MarkNotificationReadCommand request, CancellationToken cancellationToken)
    {
        var me = currentUser.Actor!.Id;
        var now = time.GetUtcNow();
        if (request.NotificationId is { } id)
        {
            var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.RecipientUserId == me, cancellationToken).ConfigureAwait(false);
            if (notification is null)
            {
                return Error.NotFound("notification.notFound", "未找到该消息。");
            }

            notification.MarkRead(now);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var unread = await db.Notifications.Where(n => n.RecipientUserId == me && n.ReadAt == null).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var notification in unread)
            {
                notification.MarkRead(now);
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return await db.Notifications.CountAsync(n => n.RecipientUserId == me && n.ReadAt == null, cancellationToken).ConfigureAwait(false);
    }
}
