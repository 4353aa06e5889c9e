using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Domain.Cases.Events;
using ServiceBot.Domain.Users;

namespace ServiceBot.Application.Notifications;

/// <summary>Puts one notification per recipient into the inboxes of the people a case event concerns.</summary>
public sealed class InboxWriter(IApplicationDbContext db, IUserDirectory users, IStaffWebhook webhook)
{
    private static readonly Role[] BureauRoles = [Role.BureauStaff, Role.BureauHead];

    public Task ToBureauAsync(CaseEvent source, string bureauCode, string title, string body, CancellationToken cancellationToken) =>
        ToAsync(source, BureauRoles, bureauCode, bureauCode, title, body, cancellationToken);

    /// <summary>To the staff and head of the case's current lead bureau, if it has one.</summary>
    public async Task ToLeadBureauAsync(CaseEvent source, string title, string body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var lead = await db.Cases.Where(c => c.Id == source.CaseId).Select(c => c.LeadBureauCode).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (lead is not null)
        {
            await ToBureauAsync(source, lead, title, body, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task ToBureauHeadsAsync(CaseEvent source, string bureauCode, string title, string body, CancellationToken cancellationToken) =>
        ToAsync(source, [Role.BureauHead], bureauCode, bureauCode, title, body, cancellationToken);

    public Task ToCoordinatorsAsync(CaseEvent source, string title, string body, CancellationToken cancellationToken) =>
        ToAsync(source, [Role.Coordinator], null, WebhookAudiences.Coordinators, title, body, cancellationToken);

    public Task ToLeadersAsync(CaseEvent source, string title, string body, CancellationToken cancellationToken) =>
        ToAsync(source, [Role.CountyLeader], null, WebhookAudiences.Leaders, title, body, cancellationToken);

    /// <remarks>
    /// Idempotent per (event, recipient): a notification that is already there is not added again. The outbox
    /// dispatcher runs this in the same transaction that marks the event dispatched. The audience's group webhook,
    /// when one is configured, is queued in that transaction too.
    /// </remarks>
    private async Task ToAsync(
        CaseEvent source, IReadOnlyCollection<Role> roles, string? bureauCode, string audience, string title, string body, CancellationToken cancellationToken)
    {
        var recipients = await users.UserIdsAsync(roles, bureauCode, cancellationToken).ConfigureAwait(false);
        var already = await db.Notifications
            .Where(n => n.SourceEventId == source.EventId)
            .Select(n => n.RecipientUserId)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var pending = db.Notifications.Local.Where(n => n.SourceEventId == source.EventId).Select(n => n.RecipientUserId);
        var skip = already.Concat(pending).ToHashSet(StringComparer.Ordinal);
        foreach (var recipient in recipients.Where(r => !skip.Contains(r)))
        {
            db.Notifications.Add(new InboxNotification(source.EventId, recipient, source.GetType().Name, title, body, source.CaseNumber, source.OccurredAt));
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await webhook.QueueAsync(source, audience, title, body, cancellationToken).ConfigureAwait(false);
    }
}
