namespace ServiceBot.Bot.Channels.Protocol;

internal static class InvokeNames
{
    /// <summary>An Adaptive Card <c>Action.Execute</c>; handled as the user's message carrying the action's data.</summary>
    public const string AdaptiveCardAction = "adaptiveCard/action";
}
