namespace ServiceBot.Infrastructure.Channels;

/// <summary>
/// One activity in the durable transcript of a conversation on the built-in Direct Line, numbered by a
/// per-conversation sequence that serves as the watermark. A client that comes back, even after a restart, reads
/// everything after its watermark.
/// </summary>
internal sealed class TranscriptActivity
{
    public long Id { get; set; }

    public string ConversationId { get; set; } = string.Empty;

    public long Sequence { get; set; }

    /// <summary>Unique per conversation, so an echo, a turn's reply or a notification is appended once however often it is retried.</summary>
    public string IdempotencyKey { get; set; } = string.Empty;

    /// <summary>The activity, JSON.</summary>
    public string Payload { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
}
