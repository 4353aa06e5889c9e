using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Language.Organizations;

namespace ServiceBot.Application.Policies.Common;

/// <summary>The bureau catalog as the policy features need it: names by code, and a matcher for the names documents use.</summary>
internal sealed class BureauCatalog(IReadOnlyDictionary<string, string> names)
{
    public IReadOnlyDictionary<string, string> Names { get; } = names;

    public BureauNameMatcher Matcher { get; } = new(names.Select(n => new BureauName(n.Key, n.Value)));

    public string? NameOf(string? code) => code is not null && Names.TryGetValue(code, out var name) ? name : null;

    public static async Task<BureauCatalog> LoadAsync(IApplicationDbContext db, CancellationToken cancellationToken)
    {
        var bureaus = await db.Bureaus.AsNoTracking()
            .Where(b => b.IsActive)
            .Select(b => new { b.Code, b.Name })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return new BureauCatalog(bureaus.ToDictionary(b => b.Code, b => b.Name, StringComparer.Ordinal));
    }
}
