using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Sla;

namespace ServiceBot.Application.Cockpit.Common;

/// <summary>
/// A case's light is the highest light of its running clocks. Red and yellow are found in the database
/// (<see cref="ClockLightQueries"/>); blue is decided by <see cref="ClockMilestones"/> on the few clocks the
/// database returns as candidates.
/// </summary>
public static class CaseLights
{
    /// <summary>
    /// The ids of the cases with a clock matching <paramref name="clocks"/>, as a subquery the database runs once
    /// (<c>Id IN (…)</c>): a correlated <c>EXISTS</c> per case would be run once per case, and without statistics
    /// SQLite may answer each from the clocks' due-time index.
    /// </summary>
    public static IQueryable<Guid> CasesWithClock(IApplicationDbContext db, Expression<Func<CaseClock, bool>> clocks)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.CaseClocks.AsNoTracking().Where(clocks).Select(k => EF.Property<Guid>(k, "CaseId"));
    }

    /// <summary>The ids of cases with at least one blue clock now (they may have a higher light too).</summary>
    public static async Task<List<Guid>> WithBlueClockAsync(IApplicationDbContext db, LifecycleContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        var now = context.Now;
        var today = context.Deadlines.LocalDate(now);
        var candidates = await db.CaseClocks.AsNoTracking()
            .Where(ClockLightQueries.BlueCandidate(now, today, ClockLightQueries.BlueHorizon(context.Sla, context.Deadlines, today)))
            .Select(k => new { Id = EF.Property<Guid>(k, "CaseId"), Clock = k })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return candidates
            .Where(x => ClockMilestones.For(x.Clock, context.Sla, context.Deadlines).LightAt(now) == TrafficLight.Blue)
            .Select(x => x.Id)
            .Distinct()
            .ToList();
    }

    /// <summary>The cases whose highest light now is <paramref name="light"/> (<see cref="TrafficLight.None"/>: no light at all).</summary>
    public static async Task<IQueryable<Case>> WhereLightAsync(
        IQueryable<Case> cases, IApplicationDbContext db, TrafficLight light, LifecycleContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = context.Now;
        var red = CasesWithClock(db, ClockLightQueries.Red(now));
        var yellow = CasesWithClock(db, ClockLightQueries.Yellow(now, context.Deadlines.LocalDate(now)));
        switch (light)
        {
            case TrafficLight.Red:
                return cases.Where(c => red.Contains(c.Id));
            case TrafficLight.Yellow:
                return cases.Where(c => yellow.Contains(c.Id) && !red.Contains(c.Id));
            default:
                var blue = await WithBlueClockAsync(db, context, cancellationToken).ConfigureAwait(false);
                var notRedOrYellow = cases.Where(c => !red.Contains(c.Id) && !yellow.Contains(c.Id));
                return light == TrafficLight.Blue
                    ? notRedOrYellow.Where(c => blue.Contains(c.Id))
                    : notRedOrYellow.Where(c => !blue.Contains(c.Id));
        }
    }
}
