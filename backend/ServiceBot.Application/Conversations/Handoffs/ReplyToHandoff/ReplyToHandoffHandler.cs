using MediatR;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Security;
using ServiceBot.Application.Notifications;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Conversations.Handoffs.ReplyToHandoff;

internal sealed class ReplyToHandoffHandler(IApplicationDbContext db, ICurrentUser currentUser, IChatNotifier chat, TimeProvider time)
    : IRequestHandler<ReplyToHandoffCommand, Result>
{
    public async Task<Result> Handle(ReplyToHandoffCommand request, CancellationToken cancellationToken)
    {
        var handoff = await db.Handoffs.FindAsync([request.HandoffId], cancellationToken).ConfigureAwait(false);
        if (handoff is null)
        {
            return HandoffErrors.NotFound;
        }

        var reply = handoff.Reply(currentUser.Actor!, request.Text, time.GetUtcNow());
        if (!reply.IsSuccess)
        {
            return reply.Error!;
        }

        db.HandoffMessages.Add(reply.Value);

        // Saved first: a user's message recorded meanwhile takes the same sequence number, and the version check
        // turns that into a conflict before the relay is queued.
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await chat.ToConversationAsync(reply.Value.Id, handoff.ConversationId, HandoffChatNotices.Reply(reply.Value.Text), cancellationToken).ConfigureAwait(false);
        return Result.Success;
    }
}
