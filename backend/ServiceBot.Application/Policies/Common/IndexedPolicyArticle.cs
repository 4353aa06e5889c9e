using ServiceBot.Domain.Policies;

namespace ServiceBot.Application.Policies.Common;

/// <summary>An article as the in-memory index holds it: enough to show and cite it without a database round trip.</summary>
public sealed record IndexedPolicyArticle(
    Guid ArticleId,
    Guid DocumentId,
    string DocumentTitle,
    int Version,
    string? IssuingBody,
    string? Publisher,
    string? Region,
    PolicyValidity Validity,
    int Ordinal,
    PolicyArticleKind Kind,
    string Number,
    string Citation,
    string? Heading,
    IReadOnlyList<string> Context,
    string Text,
    IReadOnlyList<string> ResponsibleUnits,
    IReadOnlyList<string> ResponsibleBureauCodes);
