using MediatR;
using ServiceBot.Application.Common.Auditing;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Common.Behaviors;

/// <summary>Last, inside the transaction: a successful command leaves an audit entry that commits with its effects.</summary>
internal sealed class AuditBehavior<TRequest, TResponse>(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider time)
    : IPipelineBehavior<TRequest, TResponse>
    where TResponse : Result
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next().ConfigureAwait(false);
        if (request is ICommandMarker && response.IsSuccess)
        {
            var actor = currentUser.Actor;
            db.AuditEntries.Add(new AuditEntry(
                time.GetUtcNow(),
                actor?.Id ?? "anonymous",
                actor?.Role.ToString() ?? "Anonymous",
                typeof(TRequest).Name,
                (request as ICaseRequest)?.CaseNumber));
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return response;
    }
}
