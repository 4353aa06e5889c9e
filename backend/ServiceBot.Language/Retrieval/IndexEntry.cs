namespace ServiceBot.Language.Retrieval;

/// <summary>
/// One retrievable unit (a policy article) with its three fields; <paramref name="GroupId"/> is what it is replaced
/// and removed with (its document).
/// </summary>
public sealed record IndexEntry(Guid Id, Guid GroupId, string Title, string Headings, string Body);
