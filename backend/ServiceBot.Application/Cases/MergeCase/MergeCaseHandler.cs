using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Security;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.MergeCase;

internal sealed class MergeCaseHandler(IApplicationDbContext db, LifecycleContextFactory contexts) : CaseActionHandler<MergeCaseCommand>(db, contexts)
{
    protected override async Task<Result> ApplyAsync(Case c, MergeCaseCommand command, LifecycleContext context, CancellationToken cancellationToken)
    {
        var target = await Db.Cases.ForActionAsync(command.IntoCaseNumber, cancellationToken).ConfigureAwait(false);
        return target is null ? CaseErrors.NotFound(command.IntoCaseNumber) : c.MergeInto(target, context);
    }
}
