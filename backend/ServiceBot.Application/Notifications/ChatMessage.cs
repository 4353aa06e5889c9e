namespace ServiceBot.Application.Notifications;

/// <summary>
/// A message to an entrepreneur's conversation, independent of the channel: text, optional buttons, and optional
/// Adaptive Cards (their JSON). The channel layer turns it into an activity.
/// </summary>
public sealed record ChatMessage(string Text, IReadOnlyList<ChatAction> Actions, IReadOnlyList<string> AdaptiveCards)
{
    public static ChatMessage Say(string text) => new(text, [], []);

    public ChatMessage WithActions(params ChatAction[] actions) => this with { Actions = [.. Actions, .. actions] };
}
