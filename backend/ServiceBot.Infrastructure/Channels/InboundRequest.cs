using ServiceBot.Application.Conversations;

namespace ServiceBot.Infrastructure.Channels;

/// <summary>An activity that arrived on a channel, to be queued for its conversation's turns.</summary>
/// <param name="DedupKey">Unique per activity; a second request with the same key is recognised as a retry.</param>
/// <param name="Payload">
/// The activity's JSON, given its transcript sequence number when it is echoed (its id is derived from it), else null.
/// </param>
/// <param name="Echo">Append the activity to the conversation's transcript too (the built-in Direct Line shows users their own activities).</param>
/// <param name="NewConversation">Creates the conversation when it is not known yet; null to refuse unknown conversations.</param>
public sealed record InboundRequest(
    string ConversationId,
    string DedupKey,
    string Source,
    InboundMode Mode,
    Func<long?, string> Payload,
    bool Echo = false,
    Func<ChatConversation>? NewConversation = null,
    string? ServiceUrl = null,
    string? UserName = null);
