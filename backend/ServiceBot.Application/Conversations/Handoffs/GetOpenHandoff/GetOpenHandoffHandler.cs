using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Conversations.Handoffs.GetOpenHandoff;

internal sealed class GetOpenHandoffHandler(IApplicationDbContext db) : IRequestHandler<GetOpenHandoffQuery, Result<HandoffView>>
{
    public async Task<Result<HandoffView>> Handle(GetOpenHandoffQuery request, CancellationToken cancellationToken)
    {
        var open = db.Handoffs.AsNoTracking().Where(h => h.ConversationId == request.ConversationId && h.Status != HandoffStatus.Closed);
        var view = await db.Views(open).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return view is null ? HandoffErrors.NoneOpen : view;
    }
}
