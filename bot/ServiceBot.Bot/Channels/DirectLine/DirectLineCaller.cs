namespace ServiceBot.Bot.Channels.DirectLine;

/// <summary>
/// Who is calling the Direct Line API: a holder of the secret (any conversation, any user), or a token holder bound
/// to one conversation and one user.
/// </summary>
internal sealed record DirectLineCaller(bool IsSecret, string? ConversationId, string? UserId, string? UserName, string ChannelId, string? LinkedUserId)
{
    public static DirectLineCaller Secret { get; } = new(true, null, null, null, DirectLineChannels.DirectLine, null);

    public bool MayUse(string conversationId) => IsSecret || string.Equals(ConversationId, conversationId, StringComparison.Ordinal);
}
