using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Bureaus.UpdateBureau;

internal sealed class UpdateBureauHandler(IApplicationDbContext db) : IRequestHandler<UpdateBureauCommand, Result<BureauView>>
{
    public async Task<Result<BureauView>> Handle(UpdateBureauCommand request, CancellationToken cancellationToken)
    {
        var bureau = await db.Bureaus.SingleOrDefaultAsync(b => b.Code == request.Code, cancellationToken).ConfigureAwait(false);
        if (bureau is null)
        {
            return Error.NotFound("bureau.notFound", $"未找到单位 {request.Code}。");
        }

        if (request.LeaderInChargeCode is { Length: > 0 } leader
            && !await db.CountyLeaders.AnyAsync(l => l.Code == leader, cancellationToken).ConfigureAwait(false))
        {
            return Error.Validation("bureau.leader", $"未找到县领导 {leader}。");
        }

        var updated = bureau.Update(request.Name, request.Duties, request.LeaderInChargeCode, request.IsActive);
        if (!updated.IsSuccess)
        {
            return updated.Error!;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new BureauView(bureau.Code, bureau.Name, bureau.Duties, bureau.Kind, bureau.IsActive, bureau.LeaderInChargeCode);
    }
}
