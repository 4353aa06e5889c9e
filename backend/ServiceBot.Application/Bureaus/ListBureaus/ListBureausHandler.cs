using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Bureaus.ListBureaus;

internal sealed class ListBureausHandler(IApplicationDbContext db) : IRequestHandler<ListBureausQuery, Result<IReadOnlyList<BureauView>>>
{
    public async Task<Result<IReadOnlyList<BureauView>>> Handle(ListBureausQuery request, CancellationToken cancellationToken)
    {
        var bureaus = await db.Bureaus.AsNoTracking()
            .Where(b => request.IncludeInactive || b.IsActive)
            .OrderBy(b => b.Kind).ThenBy(b => b.Code)
            .Select(b => new BureauView(b.Code, b.Name, b.Duties, b.Kind, b.IsActive, b.LeaderInChargeCode))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return bureaus;
    }
}
