using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Conversations.Handoffs.RequestHandoff;

internal sealed class RequestHandoffHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider time)
    : IRequestHandler<RequestHandoffCommand, Result<HandoffView>>
{
    public async Task<Result<HandoffView>> Handle(RequestHandoffCommand request, CancellationToken cancellationToken)
    {
        var open = await db.OpenForAsync(request.ConversationId, cancellationToken).ConfigureAwait(false);
        if (open is null)
        {
            open = Handoff.Request(request.ConversationId, currentUser.Actor, request.Reason, time.GetUtcNow());
            db.Handoffs.Add(open);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        var id = open.Id;
        return await db.Views(db.Handoffs.AsNoTracking().Where(h => h.Id == id)).SingleAsync(cancellationToken).ConfigureAwait(false);
    }
}
