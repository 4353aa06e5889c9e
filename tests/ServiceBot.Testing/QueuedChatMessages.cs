using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Notifications;
using ServiceBot.Infrastructure.Deliveries;
using ServiceBot.Infrastructure.Notifications;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Testing;

/// <summary>The chat messages queued for delivery to a conversation, as the delivery dispatcher will send them.</summary>
public static class QueuedChatMessages
{
    /// <summary>Oldest first, each with its idempotency key.</summary>
    public static async Task<IReadOnlyList<(string Key, ChatMessage Message)>> ForAsync(IServiceProvider services, string conversationId)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>().Deliveries.AsNoTracking()
            .Where(d => d.Kind == DeliveryKinds.Chat && d.Target == conversationId)
            .OrderBy(d => d.Id)
            .Select(d => new { d.IdempotencyKey, d.Payload })
            .ToListAsync()
            .ConfigureAwait(false);
        return rows.Select(r => (r.IdempotencyKey, JsonSerializer.Deserialize<ChatMessage>(r.Payload, NotificationJson.Options)!)).ToList();
    }
}
