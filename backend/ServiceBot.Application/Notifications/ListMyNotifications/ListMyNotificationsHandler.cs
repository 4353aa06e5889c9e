using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Paging;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Security;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Notifications.ListMyNotifications;

internal sealed class ListMyNotificationsHandler(IApplicationDbContext db, ICurrentUser currentUser, ICalendarProvider calendar)
    : IRequestHandler<ListMyNotificationsQuery, Result<NotificationPage>>
{
    public async Task<Result<NotificationPage>> Handle(ListMyNotificationsQuery request, CancellationToken cancellationToken)
    {
        var me = currentUser.Actor!.Id;
        var (page, pageSize) = PageRequest.Normalize(request.Page, request.PageSize);
        var mine = db.Notifications.AsNoTracking().Where(n => n.RecipientUserId == me);
        var unread = await mine.CountAsync(n => n.ReadAt == null, cancellationToken).ConfigureAwait(false);
        var shown = request.UnreadOnly ? mine.Where(n => n.ReadAt == null) : mine;
        if (!string.IsNullOrWhiteSpace(request.Text))
        {
            var text = request.Text.Trim();
            shown = shown.Where(n => n.Title.Contains(text) || n.Body.Contains(text) || (n.CaseNumber != null && n.CaseNumber.Contains(text)));
        }

        var total = await shown.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await shown
            .OrderByDescending(n => n.CreatedAt)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(n => new { n.Id, n.Kind, n.Title, n.Body, n.CaseNumber, n.CreatedAt, n.ReadAt })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var deadlines = calendar.Deadlines;
        var items = rows.Select(n => new NotificationView(n.Id, n.Kind, n.Title, n.Body, n.CaseNumber, deadlines.ToLocal(n.CreatedAt), n.ReadAt is not null)).ToList();
        return new NotificationPage(new PagedList<NotificationView>(items, page, pageSize, total), unread);
    }
}
