using ServiceBot.Application.Policies.Common;

namespace ServiceBot.Application.Policies.SearchPolicies;

/// <summary>
/// A ranked article. <see cref="Score"/> is its relevance (BM25F × coverage of the question); <see cref="Confident"/>
/// says whether it reaches the answer threshold.
/// </summary>
public sealed record PolicySearchResult(
    int Rank,
    Guid DocumentId,
    string DocumentTitle,
    int Version,
    Guid ArticleId,
    string Citation,
    string Number,
    string? Heading,
    IReadOnlyList<string> Context,
    string Text,
    double Score,
    double Coverage,
    bool Confident,
    PolicyValidityView Validity,
    IReadOnlyList<ResponsibleUnitView> ResponsibleUnits);
