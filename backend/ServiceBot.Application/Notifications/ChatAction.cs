namespace ServiceBot.Application.Notifications;

/// <summary>A button under a chat message; pressing it sends <see cref="Value"/> back as the user's message.</summary>
public sealed record ChatAction(string Title, string Value);
