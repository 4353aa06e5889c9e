using MediatR;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Security;
using ServiceBot.Application.Common.Time;
using ServiceBot.Application.Conversations;
using ServiceBot.Domain.Common;

namespace ServiceBot.Application.Cases.GetCaseConversation;

internal sealed class GetCaseConversationHandler(IApplicationDbContext db, IConversationTranscripts transcripts, ICalendarProvider calendar)
    : IRequestHandler<GetCaseConversationQuery, Result<CaseConversation>>
{
    /// <summary>The dialog confirms the new case right after it is submitted; its confirmation belongs to the excerpt.</summary>
    private static readonly TimeSpan AfterSubmission = TimeSpan.FromMinutes(2);

    private const int MaxLines = 40;

    public async Task<Result<CaseConversation>> Handle(GetCaseConversationQuery request, CancellationToken cancellationToken)
    {
        var c = await db.Cases.AsNoTracking()
            .Where(x => x.Number == request.CaseNumber)
            .Select(x => new { x.ConversationId, x.SubmittedAt })
            .SingleOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        if (c is null)
        {
            return CaseErrors.NotFound(request.CaseNumber);
        }

        if (c.ConversationId is null)
        {
            return new CaseConversation(null, null, []);
        }

        var channel = await db.Conversations.AsNoTracking()
            .Where(x => x.Id == c.ConversationId)
            .Select(x => x.ChannelId)
            .SingleOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        var lines = await transcripts.ReadUntilAsync(c.ConversationId, c.SubmittedAt + AfterSubmission, MaxLines, cancellationToken).ConfigureAwait(false);
        var deadlines = calendar.Deadlines;
        return new CaseConversation(c.ConversationId, channel, lines.Select(l => l with { At = deadlines.ToLocal(l.At) }).ToList());
    }
}
