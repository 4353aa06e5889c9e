using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.EvaluateCase;

internal sealed class EvaluateCaseHandler(IApplicationDbContext db, LifecycleContextFactory contexts) : CaseActionHandler<EvaluateCaseCommand>(db, contexts)
{
    protected override Task<Result> ApplyAsync(Case c, EvaluateCaseCommand command, LifecycleContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(command);
        return Task.FromResult(c.Evaluate(command.Rating, command.Solved, command.Comment, context));
    }
}
