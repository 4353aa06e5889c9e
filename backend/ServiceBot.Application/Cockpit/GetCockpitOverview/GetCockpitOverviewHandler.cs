using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Cockpit.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cockpit.GetCockpitOverview;

internal sealed class GetCockpitOverviewHandler(IApplicationDbContext db, LifecycleContextFactory contexts) : IRequestHandler<GetCockpitOverviewQuery, Result<CockpitOverview>>
{
    public async Task<Result<CockpitOverview>> Handle(GetCockpitOverviewQuery request, CancellationToken cancellationToken)
    {
        var context = contexts.Create();
        var now = context.Now;
        var red = ClockLightQueries.Red(now);
        var yellow = ClockLightQueries.Yellow(now, context.Deadlines.LocalDate(now));
        var open = db.Cases.AsNoTracking().Where(c => c.State != CaseState.Closed && c.State != CaseState.Withdrawn && c.State != CaseState.Merged);
        var redCases = open.Where(c => c.Clocks.AsQueryable().Any(red));

        var byState = await Count(open.GroupBy(c => c.State).Select(g => new Keyed<CaseState>(g.Key, g.Count())), redCases.GroupBy(c => c.State).Select(g => new Keyed<CaseState>(g.Key, g.Count())), cancellationToken)
            .ConfigureAwait(false);
        var byBureau = await Count(open.GroupBy(c => c.LeadBureauCode).Select(g => new Keyed<string?>(g.Key, g.Count())), redCases.GroupBy(c => c.LeadBureauCode).Select(g => new Keyed<string?>(g.Key, g.Count())), cancellationToken)
            .ConfigureAwait(false);
        var byCategory = await Count(open.GroupBy(c => c.Category).Select(g => new Keyed<string>(g.Key, g.Count())), redCases.GroupBy(c => c.Category).Select(g => new Keyed<string>(g.Key, g.Count())), cancellationToken)
            .ConfigureAwait(false);
        var towns = from c in open join e in db.Enterprises on c.EnterpriseId equals e.Id select new { c.Id, e.Town };
        var redTowns = from c in redCases join e in db.Enterprises on c.EnterpriseId equals e.Id select new { c.Id, e.Town };
        var byTown = await Count(towns.GroupBy(x => x.Town).Select(g => new Keyed<string?>(g.Key, g.Count())), redTowns.GroupBy(x => x.Town).Select(g => new Keyed<string?>(g.Key, g.Count())), cancellationToken)
            .ConfigureAwait(false);

        var yellowCount = await open.CountAsync(c => c.Clocks.AsQueryable().Any(yellow) && !c.Clocks.AsQueryable().Any(red), cancellationToken).ConfigureAwait(false);
        var blueIds = await CaseLights.WithBlueClockAsync(db, context, cancellationToken).ConfigureAwait(false);
        var blueCount = blueIds.Count == 0 ? 0 : await open
            .CountAsync(c => blueIds.Contains(c.Id) && !c.Clocks.AsQueryable().Any(yellow) && !c.Clocks.AsQueryable().Any(red), cancellationToken)
            .ConfigureAwait(false);
        var elevated = await open.CountAsync(c => c.EscalationLevel == EscalationLevel.Elevated, cancellationToken).ConfigureAwait(false);
        var bureaus = await db.Bureaus.AsNoTracking().ToDictionaryAsync(b => b.Code, b => b.Name, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);

        return new CockpitOverview(
            context.Deadlines.ToLocal(now),
            byState.Sum(r => r.Open),
            byState.Sum(r => r.Red),
            yellowCount,
            blueCount,
            byState.Where(r => r.Key == CaseState.Submitted).Sum(r => r.Open),
            byState.Where(r => r.Key is CaseState.ReturnRequested or CaseState.ExtensionRequested).Sum(r => r.Open),
            elevated,
            byState.OrderBy(r => r.Key).Select(r => new CountRow(r.Key.ToString(), r.Key.ToChinese(), r.Open, r.Red)).ToList(),
            Rows(byBureau, code => code ?? string.Empty, code => code is null ? "未交办" : bureaus.GetValueOrDefault(code, code)),
            Rows(byCategory, c => c, c => c),
            Rows(byTown, t => t ?? string.Empty, t => t ?? "未填乡镇"));
    }

    private static List<CountRow> Rows<TKey>(List<(TKey Key, int Open, int Red)> counts, Func<TKey, string> key, Func<TKey, string> label) =>
        counts.OrderByDescending(r => r.Open).ThenBy(r => key(r.Key), StringComparer.Ordinal).Select(r => new CountRow(key(r.Key), label(r.Key), r.Open, r.Red)).ToList();

    private static async Task<List<(TKey Key, int Open, int Red)>> Count<TKey>(IQueryable<Keyed<TKey>> open, IQueryable<Keyed<TKey>> red, CancellationToken cancellationToken)
    {
        var all = await open.ToListAsync(cancellationToken).ConfigureAwait(false);
        var reds = (await red.ToListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(r => new Box<TKey>(r.Key), r => r.Count);
        return all.Select(r => (r.Key, r.Count, reds.GetValueOrDefault(new Box<TKey>(r.Key)))).ToList();
    }

    private sealed record Keyed<TKey>(TKey Key, int Count);

    /// <summary>Lets a null key (cases not yet dispatched, enterprises without a town) be a dictionary key.</summary>
    private readonly record struct Box<TKey>(TKey Value);
}
