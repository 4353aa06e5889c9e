namespace ServiceBot.Infrastructure.Channels;

/// <summary>
/// An activity waiting in its conversation's turn queue. Written when it arrives (its de-duplication key is unique,
/// so a retried delivery is recorded once), processed in id order under the conversation's lease, and kept
/// afterwards with its outcome.
/// </summary>
internal sealed class InboundActivity
{
    public long Id { get; set; }

    public string ConversationId { get; set; } = string.Empty;

    /// <summary><c>{conversation}|{activity id or client activity id}</c>: channels retry, Direct Line clients too.</summary>
    public string DedupKey { get; set; } = string.Empty;

    /// <summary>Which endpoint received it, e.g. <c>directline</c> or <c>botframework</c>.</summary>
    public string Source { get; set; } = string.Empty;

    public InboundMode Mode { get; set; }

    /// <summary>The activity as received, JSON.</summary>
    public string Payload { get; set; } = string.Empty;

    public DateTimeOffset ReceivedAt { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    /// <summary>What the sender waits for (the replies of <c>expectReplies</c>, an invoke response), JSON.</summary>
    public string? Outcome { get; set; }

    public string? Error { get; set; }
}
