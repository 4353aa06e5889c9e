using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Storage;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Policies;

namespace ServiceBot.Application.Policies.Common;

/// <summary>
/// What the document commands share: reading an uploaded file, refusing duplicates and keeping the file (add, replace);
/// committing a change under its revision and answering with the document's summary (add, replace, withdraw).
/// </summary>
internal sealed class PolicyDocumentWrites(IApplicationDbContext db, PolicyIngestion ingestion, IFileStorage storage, PolicySearchIndex index, ICalendarProvider calendar)
{
    /// <summary>
    /// Saves the change made under <paramref name="revision"/>, tells this instance's index to load it at its next
    /// search, and reads back the document's summary.
    /// </summary>
    public async Task<PolicyDocumentSummary> CommitAsync(Guid documentId, long revision, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        index.ExpectRevision(revision);
        var summary = await PolicyDocumentQueries.SummaryAsync(db, documentId, calendar.Deadlines.LocalDate(now), cancellationToken).ConfigureAwait(false);
        return summary!;
    }

    /// <summary>The version content of an uploaded file, its bytes kept in file storage; refused when another active document already is this file.</summary>
    public async Task<Result<PolicyVersionContent>> PrepareAsync(string fileName, byte[] bytes, PolicyMetadataInput? metadata, Guid? replacing, CancellationToken cancellationToken)
    {
        var content = await ingestion.ReadAsync(fileName, bytes, metadata, sourceFileKey: null, cancellationToken).ConfigureAwait(false);
        if (!content.IsSuccess)
        {
            return content;
        }

        var hash = content.Value.ContentHash;
        var duplicate = await (
                from v in db.PolicyDocumentVersions.AsNoTracking()
                join d in db.PolicyDocuments.AsNoTracking() on v.DocumentId equals d.Id
                where v.ContentHash == hash && v.Number == d.CurrentVersion && d.Status == PolicyDocumentStatus.Active && d.Id != replacing
                select d.Title)
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        if (duplicate is not null)
        {
            return Error.Conflict("policy.duplicate", $"该文件已作为《{duplicate}》导入。");
        }

        using var stream = new MemoryStream(bytes, writable: false);
        var key = await storage.SaveAsync(stream, fileName, cancellationToken).ConfigureAwait(false);
        return content.Value with { SourceFileKey = key };
    }
}
