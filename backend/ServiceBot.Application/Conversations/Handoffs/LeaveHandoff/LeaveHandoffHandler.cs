using MediatR;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Conversations.Handoffs.LeaveHandoff;

internal sealed class LeaveHandoffHandler(IApplicationDbContext db, TimeProvider time) : IRequestHandler<LeaveHandoffCommand, Result>
{
    public async Task<Result> Handle(LeaveHandoffCommand request, CancellationToken cancellationToken)
    {
        var handoff = await db.OpenForAsync(request.ConversationId, cancellationToken).ConfigureAwait(false);
        if (handoff is null)
        {
            return HandoffErrors.NoneOpen;
        }

        var closed = handoff.Close(HandoffParty.User, time.GetUtcNow());
        if (closed.IsSuccess)
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return closed;
    }
}
