using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Notifications;
using ServiceBot.Bot.Channels.BotFramework;
using ServiceBot.Bot.Channels.DirectLine;
using ServiceBot.Bot.Channels.Protocol;
using ServiceBot.Bot.Channels.Turns;
using ServiceBot.Infrastructure.Channels;
using ServiceBot.Infrastructure.Deliveries;
using ServiceBot.Infrastructure.Notifications;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Bot.Channels;

/// <summary>
/// Sends chat deliveries (notifications, and replies to Bot Framework channels) through the conversation's stored
/// reference: appended to the transcript and pushed on the built-in Direct Line (once per delivery, however often
/// it is retried), or posted to a Bot Framework channel's service URL.
/// </summary>
internal sealed class ConversationDeliverySender(
    ServiceBotDbContext db, TranscriptStore transcripts, DirectLineHub hub, ConnectorClient connector, TimeProvider time) : IDeliverySender
{
    public string Kind => DeliveryKinds.Chat;

    public async Task<DeliveryResult> SendAsync(DeliveryItem delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var conversation = await db.Conversations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == delivery.Target, cancellationToken).ConfigureAwait(false);
        if (conversation is null)
        {
            return DeliveryResult.Failed($"Conversation {delivery.Target} is unknown.");
        }

        var message = JsonSerializer.Deserialize<ChatMessage>(delivery.Payload, NotificationJson.Options) ?? throw new JsonException("Empty chat payload.");
        var activity = ActivityMapper.ToActivity(OutgoingMessage.From(message), conversation, delivery.ReplyTo, time.GetUtcNow());
        if (!conversation.IsBuiltIn)
        {
            return await connector.SendAsync(conversation, activity, cancellationToken).ConfigureAwait(false);
        }

        await transcripts.AppendAsync(
            conversation.Id,
            $"delivery:{delivery.Id}",
            sequence =>
            {
                activity.Id = DirectLineIds.Activity(conversation.ChannelConversationId, sequence);
                return ActivityJson.Serialize(activity);
            },
            cancellationToken).ConfigureAwait(false);
        hub.Notify(conversation.Id);
        return DeliveryResult.Delivered;
    }
}
