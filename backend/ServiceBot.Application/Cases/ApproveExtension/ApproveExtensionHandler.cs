using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.ApproveExtension;

internal sealed class ApproveExtensionHandler(IApplicationDbContext db, LifecycleContextFactory contexts) : CaseActionHandler<ApproveExtensionCommand>(db, contexts)
{
    protected override Task<Result> ApplyAsync(Case c, ApproveExtensionCommand command, LifecycleContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(command);
        return Task.FromResult(c.ApproveExtension(command.DueDate, context));
    }
}
