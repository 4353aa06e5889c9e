using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Cockpit.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Bureaus;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cockpit.GetBureauRanking;

internal sealed class GetBureauRankingHandler(IApplicationDbContext db, LifecycleContextFactory contexts, IOptionsMonitor<CockpitOptions> options)
    : IRequestHandler<GetBureauRankingQuery, Result<BureauRanking>>
{
    public async Task<Result<BureauRanking>> Handle(GetBureauRankingQuery request, CancellationToken cancellationToken)
    {
        var context = contexts.Create();
        var settings = options.CurrentValue;
        var period = ReportPeriod.TryParse(request.Period, out var chosen) ? chosen : ReportPeriod.MonthOf(context.Deadlines.LocalDate(context.Now));
        var window = MetricWindow.Create(period, context.Deadlines, context.Now);
        var counts = await BureauFigureCalculator.CountAsync(db, window, context.Deadlines, cancellationToken).ConfigureAwait(false);
        var units = await db.Bureaus.AsNoTracking()
            .Where(b => b.Kind == BureauKind.ResponsibleUnit)
            .OrderBy(b => b.Code)
            .Select(b => new { b.Code, b.Name, b.IsActive })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

        // Inactive units are shown only when they still had something to judge in the period.
        var scored = units
            .Select(u => (Unit: u, Counts: counts.GetValueOrDefault(u.Code) ?? BureauCounts.Zero))
            .Where(x => x.Unit.IsActive || x.Counts.HasActivity)
            .Select(x => (x.Unit, x.Counts, Score: x.Counts.HasActivity ? BureauScoring.Score(x.Counts, settings) : null))
            .ToList();
        var ranked = scored.Where(x => x.Score is not null).OrderByDescending(x => x.Score).ThenBy(x => x.Unit.Code, StringComparer.Ordinal).ToList();
        var figures = ranked
            .Select((x, i) => new BureauFigures(new BureauRef(x.Unit.Code, x.Unit.Name), x.Counts, x.Score, i + 1))
            .Concat(scored.Where(x => x.Score is null).Select(x => new BureauFigures(new BureauRef(x.Unit.Code, x.Unit.Name), x.Counts, null, null)))
            .ToList();
        var county = counts.Values.Aggregate(BureauCounts.Zero, (sum, c) => sum.Plus(c));
        var rankedFigures = figures.Where(f => f.Rank is not null).ToList();
        var size = Math.Min(settings.RankingSize, rankedFigures.Count);
        return new BureauRanking(
            period,
            context.Deadlines.ToLocal(context.Now),
            county,
            BureauScoring.Score(county, settings),
            figures,
            rankedFigures.Take(size).ToList(),
            rankedFigures.AsEnumerable().Reverse().Take(size).ToList(),
            settings);
    }
}
