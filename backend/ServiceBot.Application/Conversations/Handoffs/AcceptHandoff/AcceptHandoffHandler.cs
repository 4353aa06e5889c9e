using MediatR;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Security;
using ServiceBot.Application.Notifications;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Conversations.Handoffs.AcceptHandoff;

internal sealed class AcceptHandoffHandler(IApplicationDbContext db, ICurrentUser currentUser, IChatNotifier chat, TimeProvider time)
    : IRequestHandler<AcceptHandoffCommand, Result>
{
    public async Task<Result> Handle(AcceptHandoffCommand request, CancellationToken cancellationToken)
    {
        var handoff = await db.Handoffs.FindAsync([request.HandoffId], cancellationToken).ConfigureAwait(false);
        if (handoff is null)
        {
            return HandoffErrors.NotFound;
        }

        var accepted = handoff.Accept(currentUser.Actor!, time.GetUtcNow());
        if (!accepted.IsSuccess)
        {
            return accepted;
        }

        // Saved before the notice is queued: the version check decides who won before anything else is written.
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await chat.ToConversationAsync(HandoffChatNotices.SourceId(handoff.Id, HandoffStatus.Active), handoff.ConversationId, HandoffChatNotices.Accepted(), cancellationToken)
            .ConfigureAwait(false);
        return Result.Success;
    }
}
