using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.LogContact;

internal sealed class LogContactHandler(IApplicationDbContext db, LifecycleContextFactory contexts) : CaseActionHandler<LogContactCommand>(db, contexts)
{
    protected override Task<Result> ApplyAsync(Case c, LogContactCommand command, LifecycleContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(command);
        return Task.FromResult(c.LogContact(command.Note, context));
    }
}
