using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.RejectAnswer;

internal sealed class RejectAnswerHandler(IApplicationDbContext db, LifecycleContextFactory contexts) : CaseActionHandler<RejectAnswerCommand>(db, contexts)
{
    protected override Task<Result> ApplyAsync(Case c, RejectAnswerCommand command, LifecycleContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(command);
        return Task.FromResult(c.RejectAnswer(command.Reason, context));
    }
}
