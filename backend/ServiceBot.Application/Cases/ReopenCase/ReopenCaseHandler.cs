using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.ReopenCase;

internal sealed class ReopenCaseHandler(IApplicationDbContext db, LifecycleContextFactory contexts) : CaseActionHandler<ReopenCaseCommand>(db, contexts)
{
    protected override Task<Result> ApplyAsync(Case c, ReopenCaseCommand command, LifecycleContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(command);
        return Task.FromResult(c.Reopen(command.Reason, context));
    }
}
