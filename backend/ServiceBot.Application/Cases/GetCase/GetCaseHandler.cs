using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Security;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.GetCase;

internal sealed class GetCaseHandler(IApplicationDbContext db, LifecycleContextFactory contexts) : IRequestHandler<GetCaseQuery, Result<CaseDetail>>
{
    public async Task<Result<CaseDetail>> Handle(GetCaseQuery request, CancellationToken cancellationToken)
    {
        var c = await db.Cases.AsNoTracking().AsSplitQuery()
            .Include(x => x.CoHandlers)
            .Include(x => x.Clocks)
            .Include(x => x.Timeline)
            .Include(x => x.Attachments)
            .Include(x => x.Evaluations)
            .SingleOrDefaultAsync(x => x.Number == request.CaseNumber, cancellationToken)
            .ConfigureAwait(false);
        if (c is null)
        {
            return CaseErrors.NotFound(request.CaseNumber);
        }

        var enterprise = await db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == c.EnterpriseId, cancellationToken).ConfigureAwait(false);
        var bureaus = await db.Bureaus.AsNoTracking().ToDictionaryAsync(b => b.Code, b => b.Name, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var context = contexts.Create();
        return CaseDetailMapper.ToDetail(c, enterprise, bureaus, c.PermittedActions(context), context.Deadlines, context.Now, context.Sla);
    }
}
