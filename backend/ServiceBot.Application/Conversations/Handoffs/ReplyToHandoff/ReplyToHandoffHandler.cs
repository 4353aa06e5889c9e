using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Security;
using ServiceBot.Application.Notifications;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Conversations.Handoffs.ReplyToHandoff;

internal sealed class ReplyToHandoffHandler(IApplicationDbContext db, IChatNotifier chat, ICurrentUser currentUser, TimeProvider time)
    : HandoffActionHandler<ReplyToHandoffCommand>(db, chat)
{
    protected override Result<HandoffNotice> Apply(Handoff handoff, ReplyToHandoffCommand command)
    {
        var reply = handoff.Reply(currentUser.Actor!, command.Text, time.GetUtcNow());
        if (!reply.IsSuccess)
        {
            return reply.Error!;
        }

        Db.HandoffMessages.Add(reply.Value);
        return HandoffChatNotices.Reply(reply.Value);
    }
}
