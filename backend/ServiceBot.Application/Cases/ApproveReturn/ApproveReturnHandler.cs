using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.ApproveReturn;

internal sealed class ApproveReturnHandler(IApplicationDbContext db, LifecycleContextFactory contexts) : CaseActionHandler<ApproveReturnCommand>(db, contexts)
{
    protected override Task<Result> ApplyAsync(Case c, ApproveReturnCommand command, LifecycleContext context, CancellationToken cancellationToken) =>
        RouteAsync(new DispatchPlan(command.LeadBureauCode, command.CoHandlerCodes, command.RequiresAnswerApproval), plan => c.ApproveReturn(plan, context), cancellationToken);
}
