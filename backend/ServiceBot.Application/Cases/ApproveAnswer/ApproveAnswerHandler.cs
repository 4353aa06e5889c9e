using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.ApproveAnswer;

internal sealed class ApproveAnswerHandler(IApplicationDbContext db, LifecycleContextFactory contexts) : CaseActionHandler<ApproveAnswerCommand>(db, contexts)
{
    protected override Task<Result> ApplyAsync(Case c, ApproveAnswerCommand command, LifecycleContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        return Task.FromResult(c.ApproveAnswer(context));
    }
}
