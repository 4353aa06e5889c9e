using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.SuperviseCase;

internal sealed class SuperviseCaseHandler(IApplicationDbContext db, LifecycleContextFactory contexts) : CaseActionHandler<SuperviseCaseCommand>(db, contexts)
{
    protected override Task<Result> ApplyAsync(Case c, SuperviseCaseCommand command, LifecycleContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(command);
        return Task.FromResult(c.Supervise(command.Reason, context));
    }
}
