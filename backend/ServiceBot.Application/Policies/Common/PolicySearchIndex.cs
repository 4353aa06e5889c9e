using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Domain.Policies;
using ServiceBot.Language.PolicyText;
using ServiceBot.Language.Retrieval;

namespace ServiceBot.Application.Policies.Common;

/// <summary>
/// The in-memory retrieval index of one host instance, kept in step with the database incrementally: every
/// document change carries a new revision; the index loads the documents whose revision is above the one it
/// reflects and replaces just their entries. It checks for changes at most every
/// <see cref="PoliciesOptions.RefreshInterval"/>, and at once after a change made through this instance
/// (<see cref="ExpectRevision"/>), so an administrator sees an upload in the next search and other instances within
/// the interval. SQLite and PostgreSQL deployments run the same code over the same rows, so they rank alike.
/// </summary>
/// <remarks>Thread-safe: readers never wait; one refresh at a time builds the next snapshot.</remarks>
public sealed partial class PolicySearchIndex(TimeProvider time, IOptionsMonitor<PoliciesOptions> options, ILogger<PolicySearchIndex> logger) : IDisposable
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private PolicyIndexSnapshot _snapshot = PolicyIndexSnapshot.Empty(QueryAnalyzer.Default);
    private long _expectedRevision = -1;

    public void Dispose() => _refresh.Dispose();

    /// <summary>Makes the next search check the database until it sees <paramref name="revision"/> (a change just committed here).</summary>
    public void ExpectRevision(long revision)
    {
        var current = Interlocked.Read(ref _expectedRevision);
        while (revision > current)
        {
            var seen = Interlocked.CompareExchange(ref _expectedRevision, revision, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    /// <summary>The snapshot to answer from, refreshed from <paramref name="db"/> when it may be out of date.</summary>
    public async Task<PolicyIndexSnapshot> CurrentAsync(IApplicationDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var snapshot = Volatile.Read(ref _snapshot);
        if (IsFresh(snapshot))
        {
            return snapshot;
        }

        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            snapshot = Volatile.Read(ref _snapshot);
            if (IsFresh(snapshot))
            {
                return snapshot;
            }

            var refreshed = await RefreshAsync(snapshot, db, cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _snapshot, refreshed);
            return refreshed;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private bool IsFresh(PolicyIndexSnapshot snapshot) =>
        snapshot.Revision >= Interlocked.Read(ref _expectedRevision)
        && time.GetUtcNow() - snapshot.CheckedAt < options.CurrentValue.RefreshInterval;

    private async Task<PolicyIndexSnapshot> RefreshAsync(PolicyIndexSnapshot snapshot, IApplicationDbContext db, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var since = snapshot.Revision;
        var changed = await db.PolicyDocuments.AsNoTracking()
            .Where(d => d.Revision > since)
            .Select(d => new { d.Id, d.Status, d.Revision })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        if (changed.Count == 0)
        {
            return snapshot.CheckedOn(now, Math.Max(since, 0));
        }

        var active = changed.Where(d => d.Status == PolicyDocumentStatus.Active).Select(d => d.Id).ToList();
        var loaded = await LoadArticlesAsync(db, active, cancellationToken).ConfigureAwait(false);
        var changedIds = changed.Select(d => d.Id).ToHashSet();

        var index = snapshot.Index.Apply(changedIds, loaded.Select(ToEntry));
        var articles = snapshot.Articles.RemoveRange(snapshot.Articles.Values.Where(a => changedIds.Contains(a.DocumentId)).Select(a => a.ArticleId))
            .AddRange(loaded.Select(a => KeyValuePair.Create(a.ArticleId, a)));
        var regions = snapshot.RegionNames.RemoveRange(changedIds)
            .AddRange(loaded.GroupBy(a => a.DocumentId)
                .Select(g => (g.Key, Name: ShortRegionName(g.First().Region)))
                .Where(r => r.Name is not null)
                .Select(r => KeyValuePair.Create(r.Key, r.Name!)));
        var revision = Math.Max(since, changed.Max(d => d.Revision));
        LogRefreshed(logger, changed.Count, loaded.Count, revision, index.Count);
        return new PolicyIndexSnapshot(index, articles, regions, snapshot.Analyzer, revision, now);
    }

    private static async Task<List<IndexedPolicyArticle>> LoadArticlesAsync(IApplicationDbContext db, List<Guid> documents, CancellationToken cancellationToken)
    {
        if (documents.Count == 0)
        {
            return [];
        }

        var rows = await (
                from d in db.PolicyDocuments.AsNoTracking()
                where documents.Contains(d.Id)
                join v in db.PolicyDocumentVersions.AsNoTracking() on new { DocumentId = d.Id, Number = d.CurrentVersion } equals new { v.DocumentId, v.Number }
                join a in db.PolicyArticles.AsNoTracking() on v.Id equals a.VersionId
                orderby d.Id, a.Ordinal
                select new
                {
                    a.Id,
                    DocumentId = d.Id,
                    d.Title,
                    v.Number,
                    v.IssuingBody,
                    v.Publisher,
                    v.Region,
                    v.EffectiveFrom,
                    v.EffectiveUntil,
                    v.ValidityClause,
                    a.Ordinal,
                    a.Kind,
                    ArticleNumber = a.Number,
                    a.Citation,
                    a.Heading,
                    a.Context,
                    a.Text,
                    a.ResponsibleUnits,
                    a.ResponsibleBureauCodes,
                })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return rows.Select(r => new IndexedPolicyArticle(
                r.Id,
                r.DocumentId,
                r.Title,
                r.Number,
                r.IssuingBody,
                r.Publisher,
                r.Region,
                new PolicyValidity(r.EffectiveFrom, r.EffectiveUntil, r.ValidityClause),
                r.Ordinal,
                r.Kind,
                r.ArticleNumber,
                r.Citation,
                r.Heading,
                r.Context,
                r.Text,
                r.ResponsibleUnits,
                r.ResponsibleBureauCodes))
            .ToList();
    }

    /// <summary>The headings field carries the part's own title and those it sits under; tables their caption.</summary>
    internal static IndexEntry ToEntry(IndexedPolicyArticle article) => new(
        article.ArticleId,
        article.DocumentId,
        $"{article.DocumentTitle}\u0001{article.Ordinal:D5}",
        article.DocumentTitle,
        string.Join(' ', article.Context.Append(article.Heading ?? string.Empty)),
        article.Text);

    /// <summary>上虞区 → 上虞, 浦江县 → 浦江: how people name the place in a question.</summary>
    internal static string? ShortRegionName(string? region)
    {
        if (string.IsNullOrWhiteSpace(region))
        {
            return null;
        }

        var name = PolicyMetadataExtractor.RegionOf(region) ?? region;
        return name.Length >= 3 && name[^1] is '县' or '区' or '市' or '旗' ? name[..^1] : name;
    }

    [LoggerMessage(EventId = 600, Level = LogLevel.Information, Message = "Policy index refreshed: {Documents} changed documents, {Articles} articles loaded, revision {Revision}, {Total} articles searchable")]
    private static partial void LogRefreshed(ILogger logger, int documents, int articles, long revision, int total);
}
