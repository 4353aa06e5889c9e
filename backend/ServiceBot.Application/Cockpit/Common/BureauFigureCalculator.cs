using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Domain.Calendar;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Application.Cockpit.Common;

/// <summary>
/// Counts the sets of <see cref="BureauMetricQueries"/> for a period, per bureau: clock and evaluation sets grouped
/// in the database, the timeline's events read as rows. Overdue working days are counted with the working calendar.
/// </summary>
public static class BureauFigureCalculator
{
    private static readonly BureauMetric[] ClockSets =
        [BureauMetric.Received, BureauMetric.SignForJudged, BureauMetric.SignForOnTime, BureauMetric.AnswerJudged, BureauMetric.AnswerOnTime, BureauMetric.Answered];

    private static readonly BureauMetric[] EvaluationSets = [BureauMetric.Evaluated, BureauMetric.Satisfied, BureauMetric.Solved];

    private static readonly BureauMetric[] EventSets = [BureauMetric.Returned, BureauMetric.Extended, BureauMetric.Reopened];

    /// <summary>The counts of every bureau that has any, keyed by bureau code.</summary>
    public static async Task<IReadOnlyDictionary<string, BureauCounts>> CountAsync(
        IApplicationDbContext db, MetricWindow w, DeadlineCalculator deadlines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(deadlines);
        var counts = new Dictionary<(string Bureau, BureauMetric Metric), int>();
        var overdueDays = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string? bureau, BureauMetric metric, int n)
        {
            if (bureau is not null)
            {
                counts[(bureau, metric)] = counts.GetValueOrDefault((bureau, metric)) + n;
            }
        }

        foreach (var metric in ClockSets)
        {
            var grouped = await db.AllClocks().Where(BureauMetricQueries.Clocks(metric, w))
                .GroupBy(k => k.ResponsibleBureauCode)
                .Select(g => new { Bureau = g.Key, Count = g.Count() })
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            grouped.ForEach(g => Add(g.Bureau, metric, g.Count));
        }

        foreach (var metric in EvaluationSets)
        {
            var grouped = await db.CaseEvaluations.AsNoTracking().Where(BureauMetricQueries.Evaluations(metric, w))
                .GroupBy(e => e.BureauCode)
                .Select(g => new { Bureau = g.Key, Count = g.Count() })
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            grouped.ForEach(g => Add(g.Bureau, metric, g.Count));
        }

        var late = await db.AllClocks().Where(BureauMetricQueries.Clocks(BureauMetric.AnswerLate, w))
            .Select(k => new { k.ResponsibleBureauCode, k.DueDate, k.CompletedAt, k.Status })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        foreach (var clock in late)
        {
            if (clock.ResponsibleBureauCode is not { } bureau)
            {
                continue;
            }

            Add(bureau, BureauMetric.AnswerLate, 1);

            // Late by the working days after the due day until it was answered (or until now); a late answer counts at least one.
            var until = deadlines.LocalDate(clock.Status == ClockStatus.Running ? w.Now : clock.CompletedAt ?? w.Now);
            overdueDays[bureau] = overdueDays.GetValueOrDefault(bureau) + Math.Max(1, deadlines.Calendar.CountWorkingDays(clock.DueDate, until));
        }

        foreach (var metric in EventSets)
        {
            foreach (var e in await BureauMetricQueries.EventsAsync(db, metric, w, cancellationToken).ConfigureAwait(false))
            {
                Add(e.BureauCode, metric, 1);
            }
        }

        return counts.Keys.Select(k => k.Bureau).Distinct(StringComparer.Ordinal)
            .ToDictionary(b => b, b => new BureauCounts(
                Get(counts, b, BureauMetric.Received),
                Get(counts, b, BureauMetric.SignForJudged),
                Get(counts, b, BureauMetric.SignForOnTime),
                Get(counts, b, BureauMetric.AnswerJudged),
                Get(counts, b, BureauMetric.AnswerOnTime),
                Get(counts, b, BureauMetric.AnswerLate),
                overdueDays.GetValueOrDefault(b),
                Get(counts, b, BureauMetric.Returned),
                Get(counts, b, BureauMetric.Extended),
                Get(counts, b, BureauMetric.Answered),
                Get(counts, b, BureauMetric.Reopened),
                Get(counts, b, BureauMetric.Evaluated),
                Get(counts, b, BureauMetric.Satisfied),
                Get(counts, b, BureauMetric.Solved)), StringComparer.Ordinal);
    }

    private static int Get(Dictionary<(string Bureau, BureauMetric Metric), int> counts, string bureau, BureauMetric metric) => counts.GetValueOrDefault((bureau, metric));
}
