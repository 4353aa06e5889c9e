using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.UrgeCase;

internal sealed class UrgeCaseHandler(IApplicationDbContext db, LifecycleContextFactory contexts) : CaseActionHandler<UrgeCaseCommand>(db, contexts)
{
    protected override Task<Result> ApplyAsync(Case c, UrgeCaseCommand command, LifecycleContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(command);
        return Task.FromResult(c.Urge(command.Reason, context));
    }
}
