using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.RejectReturn;

internal sealed class RejectReturnHandler(IApplicationDbContext db, LifecycleContextFactory contexts) : CaseActionHandler<RejectReturnCommand>(db, contexts)
{
    protected override Task<Result> ApplyAsync(Case c, RejectReturnCommand command, LifecycleContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(command);
        return Task.FromResult(c.RejectReturn(command.Reason, context));
    }
}
