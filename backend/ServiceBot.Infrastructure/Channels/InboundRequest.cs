using ServiceBot.Application.Conversations;

namespace ServiceBot.Infrastructure.Channels;

/// <summary>An activity that arrived on a channel, to be queued for its conversation's turns.</summary>
/// <param name="DedupKey">Unique per activity; a second request with the same key is recognised as a retry.</param>
/// <param name="Echo">
/// For the built-in Direct Line: the activity as the transcript shows it, given its sequence number (its id is
/// derived from it). Null when nothing is echoed.
/// </param>
/// <param name="NewConversation">Creates the conversation when it is not known yet (Bot Framework channels); null to refuse unknown conversations.</param>
public sealed record InboundRequest(
    string ConversationId,
    string DedupKey,
    string Source,
    InboundMode Mode,
    string Payload,
    Func<long, string>? Echo = null,
    Func<ChatConversation>? NewConversation = null,
    string? ServiceUrl = null,
    string? UserName = null);
