using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Conversations.Handoffs.RecordHandoffMessage;

internal sealed class RecordHandoffMessageHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider time)
    : IRequestHandler<RecordHandoffMessageCommand, Result<HandoffView>>
{
    public async Task<Result<HandoffView>> Handle(RecordHandoffMessageCommand request, CancellationToken cancellationToken)
    {
        var handoff = await db.OpenForAsync(request.ConversationId, cancellationToken).ConfigureAwait(false);
        if (handoff is null)
        {
            return HandoffErrors.NoneOpen;
        }

        var user = currentUser.Actor;
        var message = handoff.Record(HandoffParty.User, user?.Id, user?.Name ?? handoff.UserName ?? "企业用户", request.Text, request.Files, time.GetUtcNow());
        if (!message.IsSuccess)
        {
            return message.Error!;
        }

        db.HandoffMessages.Add(message.Value);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var id = handoff.Id;
        return await db.Views(db.Handoffs.AsNoTracking().Where(h => h.Id == id)).SingleAsync(cancellationToken).ConfigureAwait(false);
    }
}
