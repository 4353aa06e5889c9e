using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.RejectExtension;

internal sealed class RejectExtensionHandler(IApplicationDbContext db, LifecycleContextFactory contexts) : CaseActionHandler<RejectExtensionCommand>(db, contexts)
{
    protected override Task<Result> ApplyAsync(Case c, RejectExtensionCommand command, LifecycleContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(command);
        return Task.FromResult(c.RejectExtension(command.Reason, context));
    }
}
