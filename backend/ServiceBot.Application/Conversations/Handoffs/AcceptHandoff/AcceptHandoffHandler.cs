using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Security;
using ServiceBot.Application.Notifications;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Conversations.Handoffs.AcceptHandoff;

internal sealed class AcceptHandoffHandler(IApplicationDbContext db, IChatNotifier chat, ICurrentUser currentUser, TimeProvider time)
    : HandoffActionHandler<AcceptHandoffCommand>(db, chat)
{
    protected override Result<HandoffNotice> Apply(Handoff handoff, AcceptHandoffCommand command)
    {
        var accepted = handoff.Accept(currentUser.Actor!, time.GetUtcNow());
        return accepted.IsSuccess ? HandoffChatNotices.Accepted(handoff.Id) : accepted.Error!;
    }
}
