using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.RequestInformation;

internal sealed class RequestInformationHandler(IApplicationDbContext db, LifecycleContextFactory contexts) : CaseActionHandler<RequestInformationCommand>(db, contexts)
{
    protected override Task<Result> ApplyAsync(Case c, RequestInformationCommand command, LifecycleContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(command);
        return Task.FromResult(c.RequestInformation(command.Question, context));
    }
}
