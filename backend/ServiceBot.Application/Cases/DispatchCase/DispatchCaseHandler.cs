using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.DispatchCase;

internal sealed class DispatchCaseHandler(IApplicationDbContext db, LifecycleContextFactory contexts) : CaseActionHandler<DispatchCaseCommand>(db, contexts)
{
    protected override Task<Result> ApplyAsync(Case c, DispatchCaseCommand command, LifecycleContext context, CancellationToken cancellationToken) =>
        RouteAsync(new DispatchPlan(command.LeadBureauCode, command.CoHandlerCodes, command.RequiresAnswerApproval), plan => c.Dispatch(plan, context), cancellationToken);
}
