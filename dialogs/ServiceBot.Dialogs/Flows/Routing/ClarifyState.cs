using ServiceBot.Language.Intents;

namespace ServiceBot.Dialogs.Flows.Routing;

internal sealed class ClarifyState
{
    /// <summary>The user's message, handed whole to the flow they choose.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>What the understanding service thought most likely (offered first).</summary>
    public Intent Guess { get; set; }
}
