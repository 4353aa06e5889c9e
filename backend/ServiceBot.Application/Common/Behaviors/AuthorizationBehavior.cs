using System.Reflection;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Common.Behaviors;

/// <summary>
/// Third: who may send the request at all (roles), then which case they may touch. A case the caller may not see
/// answers "not found", exactly as a case that does not exist.
/// </summary>
internal sealed class AuthorizationBehavior<TRequest, TResponse>(ICurrentUser currentUser, IApplicationDbContext db)
    : IPipelineBehavior<TRequest, TResponse>
    where TResponse : Result, IResultFactory<TResponse>
{
    private static readonly bool IsAnonymous = typeof(TRequest).GetCustomAttribute<AllowAnonymousAttribute>() is not null;
    private static readonly AuthorizeAttribute? Requirement = typeof(TRequest).GetCustomAttribute<AuthorizeAttribute>();

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (IsAnonymous)
        {
            return await next().ConfigureAwait(false);
        }

        if (Requirement is null)
        {
            throw new InvalidOperationException($"{typeof(TRequest).Name} declares neither [Authorize] nor [AllowAnonymous].");
        }

        if (currentUser.Actor is not { } actor)
        {
            return TResponse.Failure(Error.Unauthorized("auth.required", "请先登录。"));
        }

        if (Requirement.Roles.Count > 0 && !Requirement.Roles.Contains(actor.Role))
        {
            return TResponse.Failure(Error.Forbidden("auth.role", "您的账号无权执行此操作。"));
        }

        if (request is ICaseRequest caseRequest)
        {
            var visible = await db.Cases.AsNoTracking()
                .Where(c => c.Number == caseRequest.CaseNumber)
                .VisibleTo(actor)
                .AnyAsync(cancellationToken)
                .ConfigureAwait(false);
            if (!visible)
            {
                return TResponse.Failure(CaseErrors.NotFound(caseRequest.CaseNumber));
            }
        }

        return await next().ConfigureAwait(false);
    }
}
