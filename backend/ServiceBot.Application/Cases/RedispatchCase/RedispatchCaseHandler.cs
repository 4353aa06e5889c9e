using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.RedispatchCase;

internal sealed class RedispatchCaseHandler(IApplicationDbContext db, LifecycleContextFactory contexts) : CaseActionHandler<RedispatchCaseCommand>(db, contexts)
{
    protected override Task<Result> ApplyAsync(Case c, RedispatchCaseCommand command, LifecycleContext context, CancellationToken cancellationToken) =>
        RouteAsync(new DispatchPlan(command.LeadBureauCode, command.CoHandlerCodes, command.RequiresAnswerApproval), plan => c.Redispatch(plan, command.Reason, context), cancellationToken);
}
