using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Paging;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Conversations.Handoffs.ListHandoffs;

internal sealed class ListHandoffsHandler(IApplicationDbContext db, ICalendarProvider calendar) : IRequestHandler<ListHandoffsQuery, Result<PagedList<HandoffView>>>
{
    public async Task<Result<PagedList<HandoffView>>> Handle(ListHandoffsQuery request, CancellationToken cancellationToken)
    {
        var (page, pageSize) = PageRequest.Normalize(request.Page, request.PageSize);
        var handoffs = db.Handoffs.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Text))
        {
            var text = request.Text.Trim();
            handoffs = handoffs.Where(h => h.Reason.Contains(text)
                || (h.UserName != null && h.UserName.Contains(text))
                || db.Enterprises.Any(e => e.Id == h.EnterpriseId && e.Name.Contains(text)));
        }

        handoffs = request.Status switch
        {
            null => handoffs.Where(h => h.Status != HandoffStatus.Closed).OrderByDescending(h => h.Status == HandoffStatus.Waiting).ThenBy(h => h.RequestedAt),
            HandoffStatus.Closed => handoffs.Where(h => h.Status == HandoffStatus.Closed).OrderByDescending(h => h.ClosedAt),
            { } status => handoffs.Where(h => h.Status == status).OrderBy(h => h.RequestedAt),
        };
        var total = await handoffs.CountAsync(cancellationToken).ConfigureAwait(false);
        var items = await db.Views(handoffs.Skip((page - 1) * pageSize).Take(pageSize)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var deadlines = calendar.Deadlines;
        return new PagedList<HandoffView>(items.Select(h => h.InLocalTime(deadlines)).ToList(), page, pageSize, total);
    }
}
