namespace ServiceBot.Language.PolicyText;

/// <summary>A policy text split into its parts, with its metadata and what was stripped as page furniture.</summary>
public sealed record ParsedPolicy(PolicyMetadata Metadata, IReadOnlyList<ParsedArticle> Articles, IReadOnlyList<string> RemovedBoilerplate);
