using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.SupplyInformation;

internal sealed class SupplyInformationHandler(IApplicationDbContext db, LifecycleContextFactory contexts) : CaseActionHandler<SupplyInformationCommand>(db, contexts)
{
    protected override Task<Result> ApplyAsync(Case c, SupplyInformationCommand command, LifecycleContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(command);
        return Task.FromResult(c.SupplyInformation(command.Information, context));
    }
}
