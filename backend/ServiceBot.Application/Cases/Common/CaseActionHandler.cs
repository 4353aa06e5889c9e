using MediatR;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Security;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.Common;

/// <summary>
/// The shape of every lifecycle action: load the case, call one domain method, save. Derived handlers only say
/// which method, and look up what the method needs (bureaus, another case).
/// </summary>
public abstract class CaseActionHandler<TCommand>(IApplicationDbContext db, LifecycleContextFactory contexts) : IRequestHandler<TCommand, Result>
    where TCommand : ICommand<Result>, ICaseRequest
{
    protected IApplicationDbContext Db => db;

    public async Task<Result> Handle(TCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var c = await db.Cases.ForActionAsync(request.CaseNumber, cancellationToken).ConfigureAwait(false);
        if (c is null)
        {
            return CaseErrors.NotFound(request.CaseNumber);
        }

        var result = await ApplyAsync(c, request, contexts.Create(), cancellationToken).ConfigureAwait(false);
        if (result.IsSuccess)
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    protected abstract Task<Result> ApplyAsync(Case c, TCommand command, LifecycleContext context, CancellationToken cancellationToken);

    /// <summary>Routes the case with a plan whose bureaus exist and are active, or explains which do not.</summary>
    protected async Task<Result> RouteAsync(DispatchPlan plan, Func<DispatchPlan, Result> route, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(route);
        var bureaus = await db.ValidatePlanAsync(plan, cancellationToken).ConfigureAwait(false);
        return bureaus.IsSuccess ? route(plan) : bureaus;
    }
}
