namespace ServiceBot.Bot.Channels.WebChat;

/// <summary>The page may ask to continue its earlier conversation.</summary>
internal sealed record WebChatTokenRequest(string? ConversationId);
