using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.CloseUnevaluatedCase;

internal sealed class CloseUnevaluatedCaseHandler(IApplicationDbContext db, LifecycleContextFactory contexts) : CaseActionHandler<CloseUnevaluatedCaseCommand>(db, contexts)
{
    protected override Task<Result> ApplyAsync(Case c, CloseUnevaluatedCaseCommand command, LifecycleContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        return Task.FromResult(c.CloseUnevaluated(context));
    }
}
