using MediatR;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Notifications;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Conversations.Handoffs;

/// <summary>
/// The shape of every staff action on a handoff: load it, call one domain method, save, then queue what the user is
/// told. Derived handlers only say which method and what the chat reads.
/// </summary>
/// <remarks>
/// Saved before the chat message is queued: the handoff's version check (and its messages' unique numbers) decide who
/// won a race — two accepts, an accept and the user leaving, a reply and the user's message — before anything else is
/// written. Both writes are in the command's one transaction, so the loser keeps nothing.
/// </remarks>
internal abstract class HandoffActionHandler<TCommand>(IApplicationDbContext db, IChatNotifier chat) : IRequestHandler<TCommand, Result>
    where TCommand : ICommand<Result>, IHandoffCommand
{
    protected IApplicationDbContext Db => db;

    public async Task<Result> Handle(TCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var handoff = await db.Handoffs.FindAsync([request.HandoffId], cancellationToken).ConfigureAwait(false);
        if (handoff is null)
        {
            return HandoffErrors.NotFound;
        }

        var notice = Apply(handoff, request);
        if (!notice.IsSuccess)
        {
            return notice.Error!;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await chat.ToConversationAsync(notice.Value.SourceId, handoff.ConversationId, notice.Value.Message, cancellationToken).ConfigureAwait(false);
        return Result.Success;
    }

    /// <summary>Changes the handoff and says what the user is told, with the source that makes the message unique.</summary>
    protected abstract Result<HandoffNotice> Apply(Handoff handoff, TCommand command);
}
