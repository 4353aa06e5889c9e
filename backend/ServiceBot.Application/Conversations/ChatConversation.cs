namespace ServiceBot.Application.Conversations;

/// <summary>
/// A conversation with an entrepreneur on some channel, kept so the service line can reach it again: where it lives
/// (channel, the channel's own conversation id, the service URL replies go to), who takes part (the bot's and the
/// user's channel ids), and the account the user is linked to. <see cref="Id"/> is <c>{channelId}:{conversationId}</c>,
/// the id turns, dialogs and cases use.
/// </summary>
public sealed class ChatConversation
{
    public const int MaxIdLength = 200;

    private ChatConversation()
    {
        Id = string.Empty;
        ChannelId = string.Empty;
        ChannelConversationId = string.Empty;
        BotId = string.Empty;
        UserId = string.Empty;
        Locale = string.Empty;
    }

    public string Id { get; private set; }

    /// <summary>The channel: <c>webchat</c> or <c>directline</c> for the built-in Direct Line, otherwise a Bot Framework channel id.</summary>
    public string ChannelId { get; private set; }

    public string ChannelConversationId { get; private set; }

    /// <summary>Where a Bot Framework channel takes replies; null for conversations on the built-in Direct Line.</summary>
    public string? ServiceUrl { get; private set; }

    public string BotId { get; private set; }

    public string? BotName { get; private set; }

    public string UserId { get; private set; }

    public string? UserName { get; private set; }

    public string Locale { get; private set; }

    /// <summary>The account (an enterprise user) the chat user is known to be, or null while anonymous.</summary>
    public string? LinkedUserId { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset LastActivityAt { get; private set; }

    public bool IsBuiltIn => ServiceUrl is null;

    public static string KeyFor(string channelId, string channelConversationId) => $"{channelId}:{channelConversationId}";

    public static ChatConversation Start(
        string channelId,
        string channelConversationId,
        string? serviceUrl,
        string botId,
        string? botName,
        string userId,
        string? userName,
        string locale,
        string? linkedUserId,
        DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(channelConversationId);
        var id = KeyFor(channelId, channelConversationId);
        if (id.Length > MaxIdLength)
        {
            throw new ArgumentException($"A conversation id may have at most {MaxIdLength} characters with its channel.", nameof(channelConversationId));
        }

        return new ChatConversation
        {
            Id = id,
            ChannelId = channelId,
            ChannelConversationId = channelConversationId,
            ServiceUrl = serviceUrl,
            BotId = botId,
            BotName = botName,
            UserId = userId,
            UserName = userName,
            Locale = locale,
            LinkedUserId = linkedUserId,
            StartedAt = at,
            LastActivityAt = at,
        };
    }

    /// <summary>
    /// Records that the user was heard from. A Bot Framework channel may move a conversation to another service URL,
    /// and replies must follow it there.
    /// </summary>
    public void Seen(string? serviceUrl, string? userName, DateTimeOffset at)
    {
        if (serviceUrl is not null && ServiceUrl is not null)
        {
            ServiceUrl = serviceUrl;
        }

        UserName = userName ?? UserName;
        LastActivityAt = at > LastActivityAt ? at : LastActivityAt;
    }

    /// <summary>Links the chat user to an account; from then on their turns run as that account.</summary>
    public void LinkTo(string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        LinkedUserId = userId;
    }
}
