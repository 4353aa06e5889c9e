using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.RequestReturn;

internal sealed class RequestReturnHandler(IApplicationDbContext db, LifecycleContextFactory contexts) : CaseActionHandler<RequestReturnCommand>(db, contexts)
{
    protected override Task<Result> ApplyAsync(Case c, RequestReturnCommand command, LifecycleContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(command);
        return Task.FromResult(c.RequestReturn(command.Reason, context));
    }
}
