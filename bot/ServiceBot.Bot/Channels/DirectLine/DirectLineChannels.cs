namespace ServiceBot.Bot.Channels.DirectLine;

/// <summary>The channel ids of conversations on the built-in Direct Line.</summary>
internal static class DirectLineChannels
{
    /// <summary>Conversations started with the secret or a token generated from it.</summary>
    public const string DirectLine = "directline";

    /// <summary>Conversations of visitors of the built-in Web Chat page.</summary>
    public const string WebChat = "webchat";
}
