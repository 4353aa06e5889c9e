using System.Linq.Expressions;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Cockpit.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cockpit.GetTrends;

/// <summary>The same sets as the bureaus' figures (<see cref="BureauMetricQueries"/>), over the whole span, counted per month in one query each.</summary>
internal sealed class GetTrendsHandler(IApplicationDbContext db, LifecycleContextFactory contexts, IOptionsMonitor<CockpitOptions> options)
    : IRequestHandler<GetTrendsQuery, Result<IReadOnlyList<TrendPoint>>>
{
    public async Task<Result<IReadOnlyList<TrendPoint>>> Handle(GetTrendsQuery request, CancellationToken cancellationToken)
    {
        var context = contexts.Create();
        var last = ReportPeriod.TryParse(request.Period, out var chosen) ? chosen.Months()[^1] : ReportPeriod.MonthOf(context.Deadlines.LocalDate(context.Now));
        var months = new List<ReportPeriod> { last };
        while (months.Count < options.CurrentValue.TrendMonths)
        {
            months.Insert(0, months[0].Previous());
        }

        var span = MetricWindow.Create(new ReportPeriod(ReportPeriodKind.Month, months[0].Year, months[0].Index), context.Deadlines, context.Now) with
        {
            LastDay = last.LastDay,
            End = last.Instants(context.Deadlines).End,
        };
        var starts = months.Select(m => m.Instants(context.Deadlines).Start).ToList();
        var firstDays = months.Select(m => m.FirstDay).ToList();

        var received = await CountAsync(db.AllClocks().Where(BureauMetricQueries.Clocks(BureauMetric.Received, span)), PeriodBuckets.Index<CaseClock, DateTimeOffset>(k => k.StartedAt, starts), cancellationToken).ConfigureAwait(false);
        var answered = await CountAsync(db.AllClocks().Where(BureauMetricQueries.Clocks(BureauMetric.Answered, span)), PeriodBuckets.Index<CaseClock, DateTimeOffset>(k => k.StartedAt, starts), cancellationToken).ConfigureAwait(false);
        var judged = await CountAsync(db.AllClocks().Where(BureauMetricQueries.Clocks(BureauMetric.AnswerJudged, span)), PeriodBuckets.Index<CaseClock, DateOnly>(k => k.DueDate, firstDays), cancellationToken).ConfigureAwait(false);
        var onTime = await CountAsync(db.AllClocks().Where(BureauMetricQueries.Clocks(BureauMetric.AnswerOnTime, span)), PeriodBuckets.Index<CaseClock, DateOnly>(k => k.DueDate, firstDays), cancellationToken).ConfigureAwait(false);
        var evaluations = db.CaseEvaluations.AsNoTracking().Where(e => e.At >= span.Start && e.At < span.End);
        var byAt = PeriodBuckets.Index<CaseEvaluation, DateTimeOffset>(e => e.At, starts);
        var evaluated = await CountAsync(evaluations, byAt, cancellationToken).ConfigureAwait(false);
        var satisfied = await CountAsync(evaluations.Where(e => e.Rating != EvaluationRating.Unsatisfied), byAt, cancellationToken).ConfigureAwait(false);

        return months.Select((m, i) => new TrendPoint(
            m,
            received.GetValueOrDefault(i),
            answered.GetValueOrDefault(i),
            judged.GetValueOrDefault(i),
            judged.GetValueOrDefault(i) == 0 ? null : (double)onTime.GetValueOrDefault(i) / judged[i],
            evaluated.GetValueOrDefault(i),
            evaluated.GetValueOrDefault(i) == 0 ? null : (double)satisfied.GetValueOrDefault(i) / evaluated[i])).ToList();
    }

    private static async Task<Dictionary<int, int>> CountAsync<T>(IQueryable<T> rows, Expression<Func<T, int>> bucket, CancellationToken cancellationToken) =>
        await rows.GroupBy(bucket).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken).ConfigureAwait(false);
}
