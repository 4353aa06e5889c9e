namespace ServiceBot.Domain.Policies;

/// <summary>One part of a policy text as ingestion found it; see <see cref="PolicyArticle"/>.</summary>
public sealed record PolicyArticleContent(
    PolicyArticleKind Kind,
    string Number,
    string Citation,
    string? Heading,
    IReadOnlyList<string> Context,
    string Text,
    IReadOnlyList<string> ResponsibleUnits,
    IReadOnlyList<string> ResponsibleBureauCodes);
