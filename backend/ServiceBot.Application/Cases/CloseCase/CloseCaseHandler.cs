using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.CloseCase;

internal sealed class CloseCaseHandler(IApplicationDbContext db, LifecycleContextFactory contexts) : CaseActionHandler<CloseCaseCommand>(db, contexts)
{
    protected override Task<Result> ApplyAsync(Case c, CloseCaseCommand command, LifecycleContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(command);
        return Task.FromResult(c.Close(command.Reason, context));
    }
}
