using MediatR;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Notifications;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Conversations.Handoffs.CloseHandoff;

internal sealed class CloseHandoffHandler(IApplicationDbContext db, IChatNotifier chat, TimeProvider time) : IRequestHandler<CloseHandoffCommand, Result>
{
    public async Task<Result> Handle(CloseHandoffCommand request, CancellationToken cancellationToken)
    {
        var handoff = await db.Handoffs.FindAsync([request.HandoffId], cancellationToken).ConfigureAwait(false);
        if (handoff is null)
        {
            return HandoffErrors.NotFound;
        }

        var closed = handoff.Close(HandoffParty.Staff, time.GetUtcNow());
        if (!closed.IsSuccess)
        {
            return closed;
        }

        // Saved first, as in accepting: the user leaving at the same moment makes one of the two a conflict.
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await chat.ToConversationAsync(HandoffChatNotices.SourceId(handoff.Id, HandoffStatus.Closed), handoff.ConversationId, HandoffChatNotices.Closed(), cancellationToken)
            .ConfigureAwait(false);
        return Result.Success;
    }
}
