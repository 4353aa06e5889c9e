using System.Text.Json.Serialization;

namespace ServiceBot.Bot.Channels.DirectLine;

/// <summary>The Direct Line 3.0 <c>Conversation</c> object: what starting, reconnecting and token calls answer.</summary>
internal sealed record DirectLineConversation(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string? StreamUrl = null);
