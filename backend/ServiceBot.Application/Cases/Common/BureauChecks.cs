using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Domain.Bureaus;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.Common;

/// <summary>Checks that the bureaus a case is routed to exist and are active responsible units.</summary>
public static class BureauChecks
{
    public static async Task<Result> ValidatePlanAsync(this IApplicationDbContext db, DispatchPlan plan, CancellationToken cancellationToken) =>
        await db.ValidateBureausAsync([plan.LeadBureauCode, .. plan.CoHandlerCodes], cancellationToken).ConfigureAwait(false);

    public static async Task<Result> ValidateBureausAsync(this IApplicationDbContext db, IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var wanted = codes.Distinct(StringComparer.Ordinal).ToList();
        var known = await db.Bureaus.AsNoTracking()
            .Where(b => wanted.Contains(b.Code) && b.IsActive && b.Kind == BureauKind.ResponsibleUnit)
            .Select(b => b.Code)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var unknown = wanted.Except(known, StringComparer.Ordinal).ToList();
        return unknown.Count == 0
            ? Result.Success
            : Error.Validation("bureau.unknown", $"以下单位不存在或已停用：{string.Join("、", unknown)}。");
    }

    /// <summary>The county leader in charge of a bureau, or the first leader of the catalog when none is set.</summary>
    public static async Task<string?> LeaderInChargeAsync(this IApplicationDbContext db, string? bureauCode, CancellationToken cancellationToken)
    {
        var inCharge = await db.Bureaus.AsNoTracking()
            .Where(b => b.Code == bureauCode)
            .Select(b => b.LeaderInChargeCode)
            .SingleOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        return inCharge ?? await db.CountyLeaders.AsNoTracking()
            .OrderBy(l => l.Code)
            .Select(l => l.Code)
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
    }
}
