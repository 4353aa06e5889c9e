namespace ServiceBot.Application.Policies.Common;

/// <summary>
/// An article an answer rests on: which document and version, the article as the document numbers it, the
/// sentences that answer the question, the figures they state, whether the policy applies today and who is
/// responsible for it.
/// </summary>
public sealed record PolicyCitation(
    Guid DocumentId,
    string DocumentTitle,
    int Version,
    string? IssuingBody,
    string? Region,
    Guid ArticleId,
    string Citation,
    string? Heading,
    IReadOnlyList<string> Context,
    IReadOnlyList<string> Quotes,
    IReadOnlyList<PolicyFigureView> Figures,
    PolicyValidityView Validity,
    IReadOnlyList<ResponsibleUnitView> ResponsibleUnits,
    double Relevance,
    double Coverage)
{
    /// <summary>How a person reads the reference: 《浦江县…意见》第20条（加强工业用地保障）.</summary>
    public string Reference => $"《{DocumentTitle}》{Citation}" + (Heading is { Length: > 0 } h ? $"（{h}）" : string.Empty);
}
