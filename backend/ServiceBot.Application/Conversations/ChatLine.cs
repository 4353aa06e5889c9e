namespace ServiceBot.Application.Conversations;

/// <summary>One message of a chat transcript: who said it (the user or the bot), when, the text and the names of attached files.</summary>
public sealed record ChatLine(DateTimeOffset At, bool FromUser, string Name, string Text, IReadOnlyList<string> Files);
