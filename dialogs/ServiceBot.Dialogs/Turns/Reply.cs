namespace ServiceBot.Dialogs.Turns;

/// <summary>
/// One message from the bot: text, optional suggested actions, and optional Adaptive Cards (their JSON, schema
/// version 1.5 at most, as Web Chat renders). The host turns it into a channel activity.
/// </summary>
public sealed record Reply(string? Text, IReadOnlyList<SuggestedAction> SuggestedActions, IReadOnlyList<string> AdaptiveCards)
{
    public static Reply Say(string text) => new(text, [], []);

    public Reply WithActions(params SuggestedAction[] actions) => this with { SuggestedActions = [.. SuggestedActions, .. actions] };

    public Reply WithCard(string adaptiveCardJson) => this with { AdaptiveCards = [.. AdaptiveCards, adaptiveCardJson] };
}
