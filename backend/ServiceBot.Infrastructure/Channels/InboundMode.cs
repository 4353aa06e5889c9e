namespace ServiceBot.Infrastructure.Channels;

/// <summary>How the sender of an inbound activity expects to hear back.</summary>
public enum InboundMode
{
    /// <summary>Replies go to the conversation (Direct Line transcript, or the channel's service URL).</summary>
    Normal,

    /// <summary>Bot Framework <c>expectReplies</c>: the replies are returned in the HTTP response and go nowhere else.</summary>
    ExpectReplies,

    /// <summary>Bot Framework <c>invoke</c>: the HTTP response carries the invoke response.</summary>
    Invoke,
}
