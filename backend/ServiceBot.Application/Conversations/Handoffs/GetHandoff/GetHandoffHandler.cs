using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Security;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Conversations.Handoffs.GetHandoff;

internal sealed class GetHandoffHandler(IApplicationDbContext db, ICurrentUser currentUser, IConversationTranscripts transcripts, ICalendarProvider calendar)
    : IRequestHandler<GetHandoffQuery, Result<HandoffDetail>>
{
    /// <summary>Enough of the chat before the request to see what the user was trying to do.</summary>
    private const int LinesBefore = 12;

    public async Task<Result<HandoffDetail>> Handle(GetHandoffQuery request, CancellationToken cancellationToken)
    {
        var handoff = await db.Handoffs.AsNoTracking().SingleOrDefaultAsync(h => h.Id == request.HandoffId, cancellationToken).ConfigureAwait(false);
        if (handoff is null)
        {
            return HandoffErrors.NotFound;
        }

        var deadlines = calendar.Deadlines;
        var view = await db.Views(db.Handoffs.AsNoTracking().Where(h => h.Id == request.HandoffId)).SingleAsync(cancellationToken).ConfigureAwait(false);
        var messages = await db.HandoffMessages.AsNoTracking()
            .Where(m => m.HandoffId == request.HandoffId && m.Sequence > request.AfterSequence)
            .OrderBy(m => m.Sequence)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var before = request.AfterSequence == 0
            ? await transcripts.ReadUntilAsync(handoff.ConversationId, handoff.RequestedAt, LinesBefore, cancellationToken).ConfigureAwait(false)
            : [];
        return new HandoffDetail(
            view.InLocalTime(deadlines),
            handoff.PermittedActions(currentUser.Actor!),
            before.Select(l => l with { At = deadlines.ToLocal(l.At) }).ToList(),
            messages.Select(m => new HandoffMessageView(
                m.Sequence,
                m.Author,
                m.AuthorName,
                m.Text,
                m.Files.Select((f, i) => new HandoffFileView(i, f.FileName, f.ContentType, f.Size)).ToList(),
                deadlines.ToLocal(m.At))).ToList(),
            handoff.MessageCount);
    }
}
