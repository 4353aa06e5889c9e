namespace ServiceBot.Dialogs.Turns;

/// <summary>A button under a reply; pressing it sends <see cref="Value"/> back as the user's message.</summary>
public sealed record SuggestedAction(string Title, string Value);
