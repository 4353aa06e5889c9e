namespace ServiceBot.Bot.Channels;

internal static class ChannelRateLimits
{
    /// <summary>Tokens and new conversations per client address and minute.</summary>
    public const string PerAddress = "channels-per-address";
}
