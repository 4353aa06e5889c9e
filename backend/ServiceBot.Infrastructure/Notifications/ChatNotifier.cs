using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Notifications;
using ServiceBot.Domain.Cases.Events;
using ServiceBot.Domain.Users;
using ServiceBot.Infrastructure.Deliveries;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Infrastructure.Notifications;

/// <summary>Finds the conversations a message is for and queues one chat delivery per conversation.</summary>
internal sealed class ChatNotifier(ServiceBotDbContext db, DeliveryWriter deliveries) : IChatNotifier
{
    public async Task ToEnterpriseOfCaseAsync(CaseEvent source, ChatMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var subject = await db.Cases.AsNoTracking()
            .Where(c => c.Id == source.CaseId)
            .Select(c => new { c.ConversationId, c.EnterpriseId })
            .SingleOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        if (subject is null)
        {
            return;
        }

        var conversations = new List<string>();
        if (subject.ConversationId is not null && await db.Conversations.AnyAsync(c => c.Id == subject.ConversationId, cancellationToken).ConfigureAwait(false))
        {
            conversations.Add(subject.ConversationId);
        }
        else
        {
            // Accounts that may see only their own reports (unverified chat users) never hear of the enterprise's other cases.
            var accounts = await db.Users.AsNoTracking()
                .Where(u => u.IsActive && u.Role == Role.EnterpriseUser && u.EnterpriseId == subject.EnterpriseId && !u.OwnCasesOnly)
                .Select(u => u.Id)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            foreach (var account in accounts)
            {
                if (await LatestConversationAsync(account, cancellationToken).ConfigureAwait(false) is { } latest)
                {
                    conversations.Add(latest);
                }
            }
        }

        await QueueAsync(source.EventId, conversations, message, cancellationToken).ConfigureAwait(false);
    }

    public async Task ToUserAsync(Guid sourceId, string userId, ChatMessage message, CancellationToken cancellationToken)
    {
        if (await LatestConversationAsync(userId, cancellationToken).ConfigureAwait(false) is { } latest)
        {
            await QueueAsync(sourceId, [latest], message, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task ToConversationAsync(Guid sourceId, string conversationId, ChatMessage message, CancellationToken cancellationToken)
    {
        if (await db.Conversations.AnyAsync(c => c.Id == conversationId, cancellationToken).ConfigureAwait(false))
        {
            await QueueAsync(sourceId, [conversationId], message, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<string?> LatestConversationAsync(string userId, CancellationToken cancellationToken) =>
        await db.Conversations.AsNoTracking()
            .Where(c => c.LinkedUserId == userId)
            .OrderByDescending(c => c.LastActivityAt)
            .Select(c => c.Id)
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);

    private async Task QueueAsync(Guid sourceId, IEnumerable<string> conversations, ChatMessage message, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Serialize(message, NotificationJson.Options);
        foreach (var conversation in conversations.Distinct(StringComparer.Ordinal))
        {
            await deliveries.EnqueueAsync($"{sourceId:N}:{conversation}", DeliveryKinds.Chat, conversation, payload, null, cancellationToken).ConfigureAwait(false);
        }
    }
}
