namespace ServiceBot.Application.Notifications;

/// <summary>
/// A message in a staff member's in-app inbox. One per source event and recipient (unique), so a redelivered event
/// never shows twice.
/// </summary>
public sealed class InboxNotification
{
    private InboxNotification()
    {
        RecipientUserId = string.Empty;
        Kind = string.Empty;
        Title = string.Empty;
        Body = string.Empty;
    }

    public InboxNotification(Guid sourceEventId, string recipientUserId, string kind, string title, string body, string? caseNumber, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        SourceEventId = sourceEventId;
        RecipientUserId = recipientUserId;
        Kind = kind;
        Title = title;
        Body = body;
        CaseNumber = caseNumber;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid SourceEventId { get; private set; }

    public string RecipientUserId { get; private set; }

    /// <summary>The event type, e.g. <c>CaseDispatched</c>, for filtering and icons.</summary>
    public string Kind { get; private set; }

    public string Title { get; private set; }

    public string Body { get; private set; }

    public string? CaseNumber { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}
