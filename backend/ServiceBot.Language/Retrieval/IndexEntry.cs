namespace ServiceBot.Language.Retrieval;

/// <summary>
/// One retrievable unit (a policy article) with its three fields; <paramref name="GroupId"/> is what it is replaced
/// and removed with (its document). <paramref name="SortKey"/> orders entries of equal relevance: it should depend
/// on content only (title and position), so deployments that hold the same documents under other ids rank alike.
/// </summary>
public sealed record IndexEntry(Guid Id, Guid GroupId, string SortKey, string Title, string Headings, string Body);
