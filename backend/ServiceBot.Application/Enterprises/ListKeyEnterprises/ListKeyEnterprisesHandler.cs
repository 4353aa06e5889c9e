using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Cockpit.Common;
using ServiceBot.Application.Common.Paging;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Enterprises.ListKeyEnterprises;

internal sealed class ListKeyEnterprisesHandler(IApplicationDbContext db, TimeProvider time) : IRequestHandler<ListKeyEnterprisesQuery, Result<PagedList<KeyEnterpriseView>>>
{
    public async Task<Result<PagedList<KeyEnterpriseView>>> Handle(ListKeyEnterprisesQuery request, CancellationToken cancellationToken)
    {
        var (page, pageSize) = PageRequest.Normalize(request.Page, request.PageSize);
        var red = CaseLights.CasesWithClock(db, ClockLightQueries.Red(time.GetUtcNow()));
        var enterprises = db.Enterprises.AsNoTracking().Where(e => e.ContactLeaderCode != null);
        if (!string.IsNullOrWhiteSpace(request.LeaderCode))
        {
            enterprises = enterprises.Where(e => e.ContactLeaderCode == request.LeaderCode);
        }

        if (!string.IsNullOrWhiteSpace(request.Text))
        {
            var text = request.Text.Trim();
            enterprises = enterprises.Where(e => e.Name.Contains(text) || e.CreditCode.Contains(text) || (e.Town != null && e.Town.Contains(text)));
        }

        var open = db.Cases.WhereOpen();
        var total = await enterprises.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await enterprises
            .Select(e => new
            {
                e.Id,
                e.Name,
                e.CreditCode,
                e.Town,
                e.Industry,
                Leader = e.ContactLeaderCode!,
                LeaderTitle = db.CountyLeaders.Where(l => l.Code == e.ContactLeaderCode).Select(l => l.Title).FirstOrDefault(),
                Open = open.Count(c => c.EnterpriseId == e.Id),
                Red = open.Count(c => c.EnterpriseId == e.Id && red.Contains(c.Id)),
            })
            .OrderByDescending(e => e.Red)
            .ThenByDescending(e => e.Open)
            .ThenBy(e => e.Name)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var items = rows.Select(e => new KeyEnterpriseView(e.Id, e.Name, e.CreditCode, e.Town, e.Industry, e.Leader, e.LeaderTitle ?? e.Leader, e.Open, e.Red)).ToList();
        return new PagedList<KeyEnterpriseView>(items, page, pageSize, total);
    }
}
