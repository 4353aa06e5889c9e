using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Domain.Bureaus;
using ServiceBot.Language.Triage;

namespace ServiceBot.Application.Triage;

/// <summary>Triage against the catalog as it is in the database now: the active responsible units and their duties.</summary>
internal sealed class TriageEngine(IApplicationDbContext db, TriageModels models)
{
    /// <returns>Null when the catalog has no active responsible unit to propose.</returns>
    public async Task<TriageResult?> TriageAsync(string text, CancellationToken cancellationToken)
    {
        var catalog = await db.Bureaus.AsNoTracking()
            .Where(b => b.IsActive && b.Kind == BureauKind.ResponsibleUnit)
            .OrderBy(b => b.Code)
            .Select(b => new BureauProfile(b.Code, b.Name, b.Duties))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return catalog.Count == 0 ? null : models.For(catalog).Triage(text);
    }
}
