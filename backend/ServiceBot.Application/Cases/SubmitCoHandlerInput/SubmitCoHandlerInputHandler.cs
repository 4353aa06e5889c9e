using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.SubmitCoHandlerInput;

internal sealed class SubmitCoHandlerInputHandler(IApplicationDbContext db, LifecycleContextFactory contexts) : CaseActionHandler<SubmitCoHandlerInputCommand>(db, contexts)
{
    protected override Task<Result> ApplyAsync(Case c, SubmitCoHandlerInputCommand command, LifecycleContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(command);
        return Task.FromResult(c.SubmitCoHandlerInput(command.Input, context));
    }
}
