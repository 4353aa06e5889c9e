using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.DispatchCase;

internal sealed class DispatchCaseHandler(IApplicationDbContext db, LifecycleContextFactory contexts) : CaseActionHandler<DispatchCaseCommand>(db, contexts)
{
    protected override async Task<Result> ApplyAsync(Case c, DispatchCaseCommand command, LifecycleContext context, CancellationToken cancellationToken)
    {
        var plan = new DispatchPlan(command.LeadBureauCode, command.CoHandlerCodes, command.RequiresAnswerApproval);
        var bureaus = await Db.ValidatePlanAsync(plan, cancellationToken).ConfigureAwait(false);
        return bureaus.IsSuccess ? c.Dispatch(plan, context) : bureaus;
    }
}
