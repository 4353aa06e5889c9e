namespace ServiceBot.Application.Conversations.Handoffs;

/// <summary>
/// One message relayed during a handoff, in either direction, numbered 1, 2, 3… within it. User messages are recorded
/// by the chat while the handoff is waiting or active; staff replies are recorded by whoever sends them into the chat.
/// </summary>
public sealed class HandoffMessage
{
    public const int MaxTextLength = 4000;

    private HandoffMessage()
    {
        AuthorName = string.Empty;
        Text = string.Empty;
        Files = [];
    }

    internal HandoffMessage(Guid handoffId, int sequence, HandoffParty author, string? authorId, string authorName, string text, IReadOnlyList<HandoffFile> files, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        HandoffId = handoffId;
        Sequence = sequence;
        Author = author;
        AuthorId = authorId;
        AuthorName = authorName;
        Text = text.Length > MaxTextLength ? text[..MaxTextLength] : text;
        Files = [.. files];
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid HandoffId { get; private set; }

    public int Sequence { get; private set; }

    public HandoffParty Author { get; private set; }

    /// <summary>The account that wrote it: the linked enterprise user (null while the chat user is anonymous) or the staff member.</summary>
    public string? AuthorId { get; private set; }

    public string AuthorName { get; private set; }

    public string Text { get; private set; }

    public IReadOnlyList<HandoffFile> Files { get; private set; }

    public DateTimeOffset At { get; private set; }
}
