using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Security;
using ServiceBot.Application.Policies.Common;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Policies.ReplacePolicyDocument;

internal sealed class ReplacePolicyDocumentHandler(
    IApplicationDbContext db,
    PolicyDocumentWrites writes,
    IPolicyRevisionSequence revisions,
    ICurrentUser currentUser,
    TimeProvider time)
    : IRequestHandler<ReplacePolicyDocumentCommand, Result<PolicyDocumentSummary>>
{
    public async Task<Result<PolicyDocumentSummary>> Handle(ReplacePolicyDocumentCommand request, CancellationToken cancellationToken)
    {
        var document = await db.PolicyDocuments.Include(d => d.Versions).SingleOrDefaultAsync(d => d.Id == request.DocumentId, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return PolicyDocumentQueries.NotFound(request.DocumentId);
        }

        var content = await writes.PrepareAsync(request.FileName, request.Content, request.Metadata, document.Id, cancellationToken).ConfigureAwait(false);
        if (!content.IsSuccess)
        {
            return content.Error!;
        }

        var revision = await revisions.NextAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var replaced = document.Replace(content.Value, revision, now, currentUser.Actor!.Name);
        if (!replaced.IsSuccess)
        {
            return replaced.Error!;
        }

        return await writes.CommitAsync(document.Id, revision, now, cancellationToken).ConfigureAwait(false);
    }
}
