using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Security;
using ServiceBot.Application.Policies.Common;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Policies.WithdrawPolicyDocument;

internal sealed class WithdrawPolicyDocumentHandler(
    IApplicationDbContext db,
    PolicyDocumentWrites writes,
    IPolicyRevisionSequence revisions,
    ICurrentUser currentUser,
    TimeProvider time)
    : IRequestHandler<WithdrawPolicyDocumentCommand, Result<PolicyDocumentSummary>>
{
    public async Task<Result<PolicyDocumentSummary>> Handle(WithdrawPolicyDocumentCommand request, CancellationToken cancellationToken)
    {
        var document = await db.PolicyDocuments.SingleOrDefaultAsync(d => d.Id == request.DocumentId, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return PolicyDocumentQueries.NotFound(request.DocumentId);
        }

        var revision = await revisions.NextAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var withdrawn = document.Withdraw(request.Reason, revision, now, currentUser.Actor!.Name);
        if (!withdrawn.IsSuccess)
        {
            return withdrawn.Error!;
        }

        return await writes.CommitAsync(document.Id, revision, now, cancellationToken).ConfigureAwait(false);
    }
}
