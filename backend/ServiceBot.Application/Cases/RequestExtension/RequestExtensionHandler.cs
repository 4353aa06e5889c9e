using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.RequestExtension;

internal sealed class RequestExtensionHandler(IApplicationDbContext db, LifecycleContextFactory contexts) : CaseActionHandler<RequestExtensionCommand>(db, contexts)
{
    protected override Task<Result> ApplyAsync(Case c, RequestExtensionCommand command, LifecycleContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(command);
        return Task.FromResult(c.RequestExtension(command.DueDate, command.Reason, context));
    }
}
