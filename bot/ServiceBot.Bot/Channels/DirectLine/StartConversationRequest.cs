using ServiceBot.Bot.Channels.Protocol;

namespace ServiceBot.Bot.Channels.DirectLine;

/// <summary>The optional body of starting a conversation or generating a token: who the user is and their locale.</summary>
internal sealed record StartConversationRequest(ChannelAccount? User, string? Locale);
