using System.Text.Json.Serialization;

namespace ServiceBot.Bot.Channels.WebChat;

/// <param name="Resumed">True when the token continues the visitor's earlier conversation.</param>
internal sealed record WebChatToken(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("userId")] string UserId,
    [property: JsonPropertyName("resumed")] bool Resumed);
