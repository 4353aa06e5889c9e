namespace ServiceBot.Infrastructure.Channels;

/// <summary>
/// The channel layer's bookkeeping for one conversation, created with its <c>ChatConversation</c>: the lease under
/// which one host instance processes the conversation's turns, and the last sequence number of its transcript.
/// Every write to the conversation's turn queue or transcript first updates this row, which serialises them per
/// conversation on both SQLite and PostgreSQL (a row lock until commit), so sequence numbers and queue ids become
/// visible in the order they were given out.
/// </summary>
internal sealed class ConversationState
{
    public string ConversationId { get; set; } = string.Empty;

    /// <summary>The sequence number of the newest transcript activity (the Direct Line watermark), 0 when empty.</summary>
    public long LastSequence { get; set; }

    /// <summary>The host instance processing the conversation's turns, so two instances never run them at once.</summary>
    public string? LockedBy { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }
}
