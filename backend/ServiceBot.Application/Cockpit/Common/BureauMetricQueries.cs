using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Application.Cockpit.Common;

/// <summary>
/// The one definition of each counted set of <see cref="BureauMetric"/>: the figures count these sets, and a
/// drill-down lists the cases in them, so a figure and its list always agree. Clock and evaluation sets are
/// conditions on clocks and evaluations (counted and filtered in the database); the rarer timeline events (returns,
/// extensions, reopenings) are read as (case, bureau) rows.
/// </summary>
public static class BureauMetricQueries
{
    private static readonly string ApproveReturn = nameof(CaseTrigger.ApproveReturn);
    private static readonly string RequestReturn = nameof(CaseTrigger.RequestReturn);
    private static readonly string ApproveExtension = nameof(CaseTrigger.ApproveExtension);
    private static readonly string RequestExtension = nameof(CaseTrigger.RequestExtension);
    private static readonly string Reopen = nameof(CaseTrigger.Reopen);

    public static bool IsClockMetric(BureauMetric metric) => metric is BureauMetric.Received or BureauMetric.SignForJudged or BureauMetric.SignForOnTime
        or BureauMetric.AnswerJudged or BureauMetric.AnswerOnTime or BureauMetric.AnswerLate or BureauMetric.Answered;

    public static bool IsEvaluationMetric(BureauMetric metric) => metric is BureauMetric.Evaluated or BureauMetric.Satisfied or BureauMetric.Solved;

    /// <summary>The clocks of a clock set (any bureau; group or filter by <see cref="CaseClock.ResponsibleBureauCode"/>).</summary>
    public static Expression<Func<CaseClock, bool>> Clocks(BureauMetric metric, MetricWindow w)
    {
        ArgumentNullException.ThrowIfNull(w);
        var (first, last, start, end, now) = (w.FirstDay, w.LastDay, w.Start, w.End, w.Now);
        return metric switch
        {
            BureauMetric.Received => k => k.Kind == ClockKind.SignFor && k.StartedAt >= start && k.StartedAt < end,
            BureauMetric.SignForJudged => k => k.Kind == ClockKind.SignFor && k.DueDate >= first && k.DueDate <= last
                && (k.Status == ClockStatus.Completed
                    || (k.DueAt <= now && (k.Status == ClockStatus.Running || (k.Status == ClockStatus.Cancelled && k.CompletedAt >= k.DueAt)))),
            BureauMetric.SignForOnTime => k => k.Kind == ClockKind.SignFor && k.DueDate >= first && k.DueDate <= last
                && k.Status == ClockStatus.Completed && k.CompletedAt <= k.DueAt,
            BureauMetric.AnswerJudged => k => k.Kind == ClockKind.Answer && k.DueDate >= first && k.DueDate <= last
                && (k.Status == ClockStatus.Completed
                    || (k.DueAt <= now && (k.Status == ClockStatus.Running || (k.Status == ClockStatus.Cancelled && k.CompletedAt >= k.DueAt)))),
            BureauMetric.AnswerOnTime => k => k.Kind == ClockKind.Answer && k.DueDate >= first && k.DueDate <= last
                && k.Status == ClockStatus.Completed && k.CompletedAt <= k.DueAt,
            BureauMetric.AnswerLate => k => k.Kind == ClockKind.Answer && k.DueDate >= first && k.DueDate <= last
                && ((k.Status == ClockStatus.Completed && k.CompletedAt > k.DueAt)
                    || (k.DueAt <= now && (k.Status == ClockStatus.Running || (k.Status == ClockStatus.Cancelled && k.CompletedAt >= k.DueAt)))),
            BureauMetric.Answered => k => k.Kind == ClockKind.Evaluation && k.StartedAt >= start && k.StartedAt < end,
            _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Not a clock set."),
        };
    }

    /// <summary>Every clock of every case, for counting (read straight from the clocks, without joining their cases).</summary>
    public static IQueryable<CaseClock> AllClocks(this IApplicationDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.CaseClocks.AsNoTracking();
    }

    /// <summary>The events of an event set in the window, each with the bureau it is counted for.</summary>
    public static async Task<IReadOnlyList<MetricEvent>> EventsAsync(IApplicationDbContext db, BureauMetric metric, MetricWindow w, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(w);
        var (start, end) = (w.Start, w.End);
        var cases = db.Cases.AsNoTracking();
        var events = metric switch
        {
            BureauMetric.Returned => cases.SelectMany(
                c => c.Timeline.Where(t => t.Action == ApproveReturn && t.At >= start && t.At < end),
                (c, t) => new MetricEvent(c.Id, c.Timeline.Where(r => r.Action == RequestReturn && r.Sequence < t.Sequence)
                    .OrderByDescending(r => r.Sequence).Select(r => r.ActorBureauCode).FirstOrDefault())),
            BureauMetric.Extended => cases.SelectMany(
                c => c.Timeline.Where(t => t.Action == ApproveExtension && t.At >= start && t.At < end),
                (c, t) => new MetricEvent(c.Id, c.Timeline.Where(r => r.Action == RequestExtension && r.Sequence < t.Sequence)
                    .OrderByDescending(r => r.Sequence).Select(r => r.ActorBureauCode).FirstOrDefault())),
            BureauMetric.Reopened => cases.SelectMany(
                c => c.Timeline.Where(t => t.Action == Reopen && t.At >= start && t.At < end),
                (c, t) => new MetricEvent(c.Id, c.Timeline.Where(a => a.ToState == CaseState.Answered && a.Sequence < t.Sequence)
                    .OrderByDescending(a => a.Sequence).Select(a => a.ActorBureauCode).FirstOrDefault())),
            _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Not an event set."),
        };
        var found = await events.ToListAsync(cancellationToken).ConfigureAwait(false);
        if (metric == BureauMetric.Reopened)
        {
            // An unsatisfied evaluation reopens the case for the bureau whose answer it judged.
            found.AddRange(await db.CaseEvaluations.AsNoTracking()
                .Where(e => e.At >= start && e.At < end && e.Rating == EvaluationRating.Unsatisfied)
                .Select(e => new MetricEvent(EF.Property<Guid>(e, "CaseId"), e.BureauCode))
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false));
        }

        return found;
    }

    /// <summary>The evaluations of an evaluation set (any bureau; group or filter by <see cref="CaseEvaluation.BureauCode"/>).</summary>
    public static Expression<Func<CaseEvaluation, bool>> Evaluations(BureauMetric metric, MetricWindow w)
    {
        ArgumentNullException.ThrowIfNull(w);
        var (start, end) = (w.Start, w.End);
        return metric switch
        {
            BureauMetric.Evaluated => e => e.At >= start && e.At < end,
            BureauMetric.Satisfied => e => e.At >= start && e.At < end && e.Rating != EvaluationRating.Unsatisfied,
            BureauMetric.Solved => e => e.At >= start && e.At < end && e.Solved,
            _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Not an evaluation set."),
        };
    }

    /// <summary>The cases with at least one member of the set counted for <paramref name="bureauCode"/> (any bureau when null).</summary>
    public static async Task<IQueryable<Case>> FilterAsync(
        IQueryable<Case> cases, IApplicationDbContext db, BureauMetric metric, MetricWindow w, string? bureauCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cases);
        if (IsClockMetric(metric))
        {
            var clocks = Clocks(metric, w);
            var all = db.AllClocks().Where(clocks);
            var members = (bureauCode is null ? all : all.Where(k => k.ResponsibleBureauCode == bureauCode)).Select(k => EF.Property<Guid>(k, "CaseId"));
            return cases.Where(c => members.Contains(c.Id));
        }

        if (IsEvaluationMetric(metric))
        {
            var all = db.CaseEvaluations.AsNoTracking().Where(Evaluations(metric, w));
            var members = (bureauCode is null ? all : all.Where(e => e.BureauCode == bureauCode)).Select(e => EF.Property<Guid>(e, "CaseId"));
            return cases.Where(c => members.Contains(c.Id));
        }

        var ids = (await EventsAsync(db, metric, w, cancellationToken).ConfigureAwait(false))
            .Where(e => bureauCode is null || e.BureauCode == bureauCode)
            .Select(e => e.CaseId)
            .Distinct()
            .ToList();
        return cases.Where(c => ids.Contains(c.Id));
    }

}
