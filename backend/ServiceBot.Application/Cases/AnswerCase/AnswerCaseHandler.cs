using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.AnswerCase;

internal sealed class AnswerCaseHandler(IApplicationDbContext db, LifecycleContextFactory contexts) : CaseActionHandler<AnswerCaseCommand>(db, contexts)
{
    protected override Task<Result> ApplyAsync(Case c, AnswerCaseCommand command, LifecycleContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(command);
        return Task.FromResult(c.SubmitAnswer(command.Answer, context));
    }
}
