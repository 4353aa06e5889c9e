using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Domain.Bureaus;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Bureaus.CreateBureau;

internal sealed class CreateBureauHandler(IApplicationDbContext db) : IRequestHandler<CreateBureauCommand, Result<BureauView>>
{
    public async Task<Result<BureauView>> Handle(CreateBureauCommand request, CancellationToken cancellationToken)
    {
        if (await db.Bureaus.AnyAsync(b => b.Code == request.Code, cancellationToken).ConfigureAwait(false))
        {
            return Error.Conflict("bureau.exists", $"单位代码 {request.Code} 已存在。");
        }

        var created = Bureau.Create(request.Code, request.Name, request.Duties, BureauKind.ResponsibleUnit);
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        var bureau = created.Value;
        var updated = bureau.Update(bureau.Name, bureau.Duties, request.LeaderInChargeCode, isActive: true);
        if (!updated.IsSuccess)
        {
            return updated.Error!;
        }

        db.Bureaus.Add(bureau);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new BureauView(bureau.Code, bureau.Name, bureau.Duties, bureau.Kind, bureau.IsActive, bureau.LeaderInChargeCode);
    }
}
