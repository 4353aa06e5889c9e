namespace ServiceBot.Infrastructure.Conversations;

/// <summary>The row behind <see cref="Application.Conversations.DialogStates.IDialogStateStore"/>: one per conversation.</summary>
internal sealed class DialogStateRecord
{
    public string ConversationId { get; set; } = string.Empty;

    public string Json { get; set; } = string.Empty;

    /// <summary>1 when first stored, one more with every save; writes are conditional on it.</summary>
    public long Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
