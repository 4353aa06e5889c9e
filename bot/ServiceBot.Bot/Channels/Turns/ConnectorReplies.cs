using System.Text.Json;
using ServiceBot.Application.Conversations;
using ServiceBot.Bot.Channels.BotFramework;
using ServiceBot.Dialogs.Turns;
using ServiceBot.Infrastructure.Deliveries;
using ServiceBot.Infrastructure.Notifications;

namespace ServiceBot.Bot.Channels.Turns;

/// <summary>
/// Replies to a Bot Framework channel: queued as deliveries to the conversation, which go out to its service URL in
/// order and are retried when the channel is unavailable. Typing goes out directly; a lost one does no harm.
/// </summary>
internal sealed class ConnectorReplies(DeliveryWriter deliveries, ConnectorClient connector, ChatConversation conversation, long inboundId, string? replyToId, TimeProvider time)
    : ITurnReplies
{
    private int _sent;

    public async Task SendAsync(Reply reply, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Serialize(OutgoingMessage.From(reply).ToChatMessage(), NotificationJson.Options);
        await deliveries.EnqueueAsync($"turn:{inboundId}:{++_sent}", DeliveryKinds.Chat, conversation.Id, payload, replyToId, cancellationToken).ConfigureAwait(false);
    }

    public async Task TypingAsync(CancellationToken cancellationToken)
    {
        if (conversation.ServiceUrl is not null)
        {
            await connector.TrySendTypingAsync(conversation, ActivityMapper.Typing(conversation, replyToId, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        }
    }
}
