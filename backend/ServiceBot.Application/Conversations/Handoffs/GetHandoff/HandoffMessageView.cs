namespace ServiceBot.Application.Conversations.Handoffs.GetHandoff;

/// <summary>A relayed message as the staff page shows it; files by their position in the message (for the download link).</summary>
public sealed record HandoffMessageView(int Sequence, HandoffParty Author, string AuthorName, string Text, IReadOnlyList<HandoffFileView> Files, DateTimeOffset At);

public sealed record HandoffFileView(int Index, string FileName, string ContentType, long Size);
