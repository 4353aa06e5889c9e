using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Cockpit.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cockpit.GetCockpitOverview;

/// <summary>
/// One read of the open cases (a few columns each, with their red and yellow flags from the light subqueries) and
/// the counts made from it in memory: open cases are a small share of all cases, and one pass is cheaper than a
/// grouped query per way of counting.
/// </summary>
internal sealed class GetCockpitOverviewHandler(IApplicationDbContext db, LifecycleContextFactory contexts) : IRequestHandler<GetCockpitOverviewQuery, Result<CockpitOverview>>
{
    public async Task<Result<CockpitOverview>> Handle(GetCockpitOverviewQuery request, CancellationToken cancellationToken)
    {
        var context = contexts.Create();
        var now = context.Now;
        var red = CaseLights.CasesWithClock(db, ClockLightQueries.Red(now));
        var yellow = CaseLights.CasesWithClock(db, ClockLightQueries.Yellow(now, context.Deadlines.LocalDate(now)));
        var open = await db.Cases.AsNoTracking()
            .WhereOpen()
            .Select(c => new OpenCase(
                c.Id,
                c.State,
                c.LeadBureauCode,
                c.Category,
                db.Enterprises.Where(e => e.Id == c.EnterpriseId).Select(e => e.Town).FirstOrDefault(),
                c.EscalationLevel,
                red.Contains(c.Id),
                yellow.Contains(c.Id)))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var blue = (await CaseLights.WithBlueClockAsync(db, context, cancellationToken).ConfigureAwait(false)).ToHashSet();
        var bureaus = await db.Bureaus.AsNoTracking().ToDictionaryAsync(b => b.Code, b => b.Name, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);

        return new CockpitOverview(
            context.Deadlines.ToLocal(now),
            open.Count,
            open.Count(c => c.Red),
            open.Count(c => c.Yellow && !c.Red),
            open.Count(c => !c.Red && !c.Yellow && blue.Contains(c.Id)),
            open.Count(c => c.State == CaseState.Submitted),
            open.Count(c => c.State is CaseState.ReturnRequested or CaseState.ExtensionRequested),
            open.Count(c => c.EscalationLevel == EscalationLevel.Elevated),
            open.GroupBy(c => c.State).OrderBy(g => g.Key).Select(g => new CountRow(g.Key.ToString(), g.Key.ToChinese(), g.Count(), g.Count(c => c.Red))).ToList(),
            Rows(open, c => c.LeadBureauCode ?? string.Empty, code => code.Length == 0 ? "未交办" : bureaus.GetValueOrDefault(code, code)),
            Rows(open, c => c.Category, category => category),
            Rows(open, c => c.Town ?? string.Empty, town => town.Length == 0 ? "未填乡镇" : town));
    }

    private static List<CountRow> Rows(List<OpenCase> open, Func<OpenCase, string> key, Func<string, string> label) => open
        .GroupBy(key, StringComparer.Ordinal)
        .Select(g => new CountRow(g.Key, label(g.Key), g.Count(), g.Count(c => c.Red)))
        .OrderByDescending(r => r.Open)
        .ThenBy(r => r.Key, StringComparer.Ordinal)
        .ToList();

    private sealed record OpenCase(Guid Id, CaseState State, string? LeadBureauCode, string Category, string? Town, EscalationLevel EscalationLevel, bool Red, bool Yellow);
}
