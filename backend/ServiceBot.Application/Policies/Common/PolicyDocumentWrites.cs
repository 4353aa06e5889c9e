using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Storage;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Policies;

namespace ServiceBot.Application.Policies.Common;

/// <summary>What adding and replacing a document share: reading the file, refusing duplicates, keeping the file.</summary>
internal sealed class PolicyDocumentWrites(IApplicationDbContext db, PolicyIngestion ingestion, IFileStorage storage)
{
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
