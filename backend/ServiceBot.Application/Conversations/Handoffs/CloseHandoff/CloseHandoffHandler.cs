using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Notifications;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Conversations.Handoffs.CloseHandoff;

internal sealed class CloseHandoffHandler(IApplicationDbContext db, IChatNotifier chat, TimeProvider time) : HandoffActionHandler<CloseHandoffCommand>(db, chat)
{
    protected override Result<HandoffNotice> Apply(Handoff handoff, CloseHandoffCommand command)
    {
        var closed = handoff.Close(HandoffParty.Staff, time.GetUtcNow());
        return closed.IsSuccess ? HandoffChatNotices.Closed(handoff.Id) : closed.Error!;
    }
}
