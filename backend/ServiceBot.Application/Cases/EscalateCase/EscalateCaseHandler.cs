using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.EscalateCase;

internal sealed class EscalateCaseHandler(IApplicationDbContext db, LifecycleContextFactory contexts) : CaseActionHandler<EscalateCaseCommand>(db, contexts)
{
    protected override async Task<Result> ApplyAsync(Case c, EscalateCaseCommand command, LifecycleContext context, CancellationToken cancellationToken)
    {
        var leader = command.LeaderCode ?? await Db.LeaderInChargeAsync(c.LeadBureauCode, cancellationToken).ConfigureAwait(false);
        return leader is null
            ? Error.Validation("case.escalation.leader", "没有可提级的县领导，请先在单位目录中设置分管县领导。")
            : c.EscalateToLeader(leader, command.Reason, context);
    }
}
