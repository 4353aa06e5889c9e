using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.CountyLeaders.ListCountyLeaders;

internal sealed class ListCountyLeadersHandler(IApplicationDbContext db) : IRequestHandler<ListCountyLeadersQuery, Result<IReadOnlyList<CountyLeaderView>>>
{
    public async Task<Result<IReadOnlyList<CountyLeaderView>>> Handle(ListCountyLeadersQuery request, CancellationToken cancellationToken)
    {
        var leaders = await db.CountyLeaders.AsNoTracking().OrderBy(l => l.Code).Select(l => new CountyLeaderView(l.Code, l.Title, l.Name))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return leaders;
    }
}
