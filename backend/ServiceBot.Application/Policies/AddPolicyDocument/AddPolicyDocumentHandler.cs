using MediatR;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Security;
using ServiceBot.Application.Policies.Common;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Policies;

namespace ServiceBot.Application.Policies.AddPolicyDocument;

internal sealed class AddPolicyDocumentHandler(
    IApplicationDbContext db,
    PolicyDocumentWrites writes,
    IPolicyRevisionSequence revisions,
    ICurrentUser currentUser,
    TimeProvider time)
    : IRequestHandler<AddPolicyDocumentCommand, Result<PolicyDocumentSummary>>
{
    public async Task<Result<PolicyDocumentSummary>> Handle(AddPolicyDocumentCommand request, CancellationToken cancellationToken)
    {
        var content = await writes.PrepareAsync(request.FileName, request.Content, request.Metadata, replacing: null, cancellationToken).ConfigureAwait(false);
        if (!content.IsSuccess)
        {
            return content.Error!;
        }

        var revision = await revisions.NextAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var created = PolicyDocument.Create(key: null, content.Value, revision, now, currentUser.Actor!.Name);
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        db.PolicyDocuments.Add(created.Value);
        return await writes.CommitAsync(created.Value.Id, revision, now, cancellationToken).ConfigureAwait(false);
    }
}
