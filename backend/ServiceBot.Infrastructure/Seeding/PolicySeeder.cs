using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Policies.Common;
using ServiceBot.Domain.Policies;
using ServiceBot.Domain.Users;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Infrastructure.Seeding;

/// <summary>
/// Loads the shipped policy documents that are not in the database yet, identified by their key: a seed document
/// an administrator replaced or withdrew is left as it is. Runs in one transaction that first takes the revision
/// counter's lock, so instances starting together on one PostgreSQL database seed once.
/// </summary>
internal sealed class PolicySeeder(
    ServiceBotDbContext db, IUnitOfWork unitOfWork, PolicyIngestion ingestion, IPolicyRevisionSequence revisions, PolicySearchIndex index, TimeProvider time, IOptions<PoliciesOptions> options)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SeedDocuments)
        {
            return;
        }

        var manifest = PolicySeedManifest.Load();
        var last = await unitOfWork.ExecuteAsync(
                async ct =>
                {
                    var revision = await revisions.NextAsync(ct).ConfigureAwait(false);
                    var known = await db.PolicyDocuments.Where(d => d.Key != null).Select(d => d.Key!).ToListAsync(ct).ConfigureAwait(false);
                    var added = 0L;
                    foreach (var seed in manifest.Documents.Where(d => !known.Contains(d.Key)))
                    {
                        revision = added == 0 ? revision : await revisions.NextAsync(ct).ConfigureAwait(false);
                        db.PolicyDocuments.Add(await CreateAsync(seed, revision, ct).ConfigureAwait(false));
                        added = revision;
                    }

                    await db.SaveChangesAsync(ct).ConfigureAwait(false);
                    return added;
                },
                added => added > 0,
                cancellationToken)
            .ConfigureAwait(false);
        if (last > 0)
        {
            index.ExpectRevision(last);
        }
    }

    private async Task<PolicyDocument> CreateAsync(PolicySeedManifest.Document seed, long revision, CancellationToken cancellationToken)
    {
        byte[] bytes;
        using (var stream = SeedData.Open($"{PolicySeedManifest.Folder}/{seed.File}"))
        using (var copy = new MemoryStream())
        {
            await stream.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
            bytes = copy.ToArray();
        }

        var metadata = new PolicyMetadataInput(seed.Title, seed.IssuingBody, seed.Region, seed.IssuedOn);
        var content = await ingestion.ReadAsync(seed.File, bytes, metadata, sourceFileKey: null, cancellationToken).ConfigureAwait(false);
        var document = content.IsSuccess ? PolicyDocument.Create(seed.Key, content.Value, revision, time.GetUtcNow(), Actor.System.Name) : content.Error!;
        return document.IsSuccess
            ? document.Value
            : throw new InvalidOperationException($"Seed policy document {seed.File} cannot be loaded: {document.Error!.Message}");
    }
}
