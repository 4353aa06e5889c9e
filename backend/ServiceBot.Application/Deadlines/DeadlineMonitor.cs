using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Deadlines;

/// <summary>
/// The deadline engine's unit of work: finds the cases with a clock whose next check has come (an index on
/// <see cref="CaseClock.NextCheckAt"/>) and runs <see cref="Case.CheckDeadlines"/> on a batch of them as the system,
/// saving the batch at once. Scoped: one instance, one database context, one batch.
/// </summary>
/// <remarks>
/// The scheduler decides when to call it; correctness does not depend on that. A check that comes late takes the
/// missed steps, a check that comes twice changes nothing, and a case changed concurrently makes the save conflict,
/// after which the caller retries the cases one by one against fresh data.
/// </remarks>
public sealed class DeadlineMonitor(IApplicationDbContext db, LifecycleContextFactory contexts)
{
    /// <summary>The cases with a clock due for a check at <paramref name="now"/>, the longest-waiting first.</summary>
    public async Task<IReadOnlyList<Guid>> DueCasesAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var due = await db.Cases.AsNoTracking()
            .SelectMany(c => c.Clocks.Where(k => k.NextCheckAt <= now), (c, k) => new { c.Id, k.NextCheckAt })
            .OrderBy(x => x.NextCheckAt)
            .Take(max)
            .Select(x => x.Id)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return due.Distinct().ToList();
    }

    /// <summary>When the next clock is due for a check, if any.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken) =>
        await db.Cases.AsNoTracking()
            .SelectMany(c => c.Clocks.Where(k => k.NextCheckAt != null), (c, k) => k.NextCheckAt)
            .OrderBy(at => at)
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);

    /// <summary>Checks the given cases and saves them together; returns what was done to each.</summary>
    /// <exception cref="ConcurrencyConflictException">One of the cases was changed meanwhile; nothing was saved.</exception>
    public async Task<IReadOnlyList<CaseDeadlineTransition>> CheckAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken)
    {
        // One query: a case has a handful of clocks and co-handlers, so the joined rows stay few.
        var cases = await db.Cases
            .Include(c => c.CoHandlers)
            .Include(c => c.Clocks)
            .AsSingleQuery()
            .Where(c => caseIds.Contains(c.Id))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var leaders = await LeadersInChargeAsync(cases, cancellationToken).ConfigureAwait(false);
        var context = contexts.Create(Actor.System);
        var done = new List<CaseDeadlineTransition>();
        foreach (var c in cases)
        {
            var leader = c.LeadBureauCode is { } lead && leaders.TryGetValue(lead, out var inCharge) ? inCharge : leaders.GetValueOrDefault(string.Empty);
            done.AddRange(c.CheckDeadlines(leader, context).Select(t => new CaseDeadlineTransition(c.Number, t)));
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return done;
    }

    /// <summary>
    /// The county leader in charge of each lead bureau, as <c>BureauChecks.LeaderInChargeAsync</c> resolves it; the
    /// empty key holds the fallback (the catalog's first leader) for bureaus without one.
    /// </summary>
    private async Task<Dictionary<string, string?>> LeadersInChargeAsync(IEnumerable<Case> cases, CancellationToken cancellationToken)
    {
        var codes = cases.Select(c => c.LeadBureauCode).OfType<string>().Distinct().ToList();
        var leaders = await db.Bureaus.AsNoTracking()
            .Where(b => codes.Contains(b.Code))
            .ToDictionaryAsync(b => b.Code, b => b.LeaderInChargeCode, StringComparer.Ordinal, cancellationToken)
            .ConfigureAwait(false);
        var fallback = await db.CountyLeaders.AsNoTracking().OrderBy(l => l.Code).Select(l => l.Code).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        foreach (var code in leaders.Keys.ToList())
        {
            leaders[code] ??= fallback;
        }

        leaders[string.Empty] = fallback;
        return leaders;
    }
}
