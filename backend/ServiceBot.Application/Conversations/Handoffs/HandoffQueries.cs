using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Domain.Calendar;

namespace ServiceBot.Application.Conversations.Handoffs;

/// <summary>Reads of handoffs shared by the chat side and the coordinator's queue.</summary>
internal static class HandoffQueries
{
    public static Task<Handoff?> OpenForAsync(this IApplicationDbContext db, string conversationId, CancellationToken cancellationToken) =>
        db.Handoffs.SingleOrDefaultAsync(h => h.ConversationId == conversationId && h.Status != HandoffStatus.Closed, cancellationToken);

    public static IQueryable<HandoffView> Views(this IApplicationDbContext db, IQueryable<Handoff> handoffs) =>
        handoffs.Select(h => new HandoffView(
            h.Id,
            h.ConversationId,
            h.UserId,
            h.UserName,
            h.EnterpriseId,
            db.Enterprises.Where(e => e.Id == h.EnterpriseId).Select(e => e.Name).FirstOrDefault(),
            h.Reason,
            h.Status,
            h.RequestedAt,
            h.AcceptedAt,
            h.AcceptedByName,
            h.ClosedAt,
            h.ClosedBy,
            h.MessageCount,
            h.LastMessageAt));

    /// <summary>The view with its instants in the county's time zone, as staff read them.</summary>
    public static HandoffView InLocalTime(this HandoffView view, DeadlineCalculator deadlines) => view with
    {
        RequestedAt = deadlines.ToLocal(view.RequestedAt),
        AcceptedAt = view.AcceptedAt is { } accepted ? deadlines.ToLocal(accepted) : null,
        ClosedAt = view.ClosedAt is { } closed ? deadlines.ToLocal(closed) : null,
        LastMessageAt = deadlines.ToLocal(view.LastMessageAt),
    };
}
