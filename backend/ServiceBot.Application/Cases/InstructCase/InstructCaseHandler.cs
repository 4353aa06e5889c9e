using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.InstructCase;

internal sealed class InstructCaseHandler(IApplicationDbContext db, LifecycleContextFactory contexts) : CaseActionHandler<InstructCaseCommand>(db, contexts)
{
    protected override async Task<Result> ApplyAsync(Case c, InstructCaseCommand command, LifecycleContext context, CancellationToken cancellationToken)
    {
        var bureaus = await Db.ValidateBureausAsync(command.AddCoHandlerCodes, cancellationToken).ConfigureAwait(false);
        return bureaus.IsSuccess
            ? c.Instruct(new LeaderInstruction(command.Instruction, command.NewDueDate, command.AddCoHandlerCodes), context)
            : bureaus;
    }
}
