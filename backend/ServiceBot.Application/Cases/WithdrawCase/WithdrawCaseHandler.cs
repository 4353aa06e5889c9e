using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.WithdrawCase;

internal sealed class WithdrawCaseHandler(IApplicationDbContext db, LifecycleContextFactory contexts) : CaseActionHandler<WithdrawCaseCommand>(db, contexts)
{
    protected override Task<Result> ApplyAsync(Case c, WithdrawCaseCommand command, LifecycleContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(command);
        return Task.FromResult(c.Withdraw(command.Reason, context));
    }
}
