namespace ServiceBot.Bot.Tests.Support;

public sealed record StartedConversation(string ConversationId, string Token, string StreamUrl);
