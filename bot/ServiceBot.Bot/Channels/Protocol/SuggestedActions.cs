namespace ServiceBot.Bot.Channels.Protocol;

/// <summary>Buttons shown under a message until the user answers.</summary>
internal sealed class SuggestedActions
{
    /// <summary>The user ids the buttons are for.</summary>
    public List<string>? To { get; set; }

    public List<CardAction> Actions { get; set; } = [];
}
