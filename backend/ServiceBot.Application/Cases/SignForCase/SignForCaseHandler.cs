using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.SignForCase;

internal sealed class SignForCaseHandler(IApplicationDbContext db, LifecycleContextFactory contexts) : CaseActionHandler<SignForCaseCommand>(db, contexts)
{
    protected override Task<Result> ApplyAsync(Case c, SignForCaseCommand command, LifecycleContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        return Task.FromResult(c.SignFor(context));
    }
}
