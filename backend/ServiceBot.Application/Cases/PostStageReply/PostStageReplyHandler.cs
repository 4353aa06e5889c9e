using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.PostStageReply;

internal sealed class PostStageReplyHandler(IApplicationDbContext db, LifecycleContextFactory contexts) : CaseActionHandler<PostStageReplyCommand>(db, contexts)
{
    protected override Task<Result> ApplyAsync(Case c, PostStageReplyCommand command, LifecycleContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(command);
        return Task.FromResult(c.PostStageReply(command.Text, context));
    }
}
