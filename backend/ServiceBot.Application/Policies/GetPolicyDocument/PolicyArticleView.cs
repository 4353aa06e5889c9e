using ServiceBot.Application.Policies.Common;
using ServiceBot.Domain.Policies;

namespace ServiceBot.Application.Policies.GetPolicyDocument;

public sealed record PolicyArticleView(
    Guid Id,
    int Ordinal,
    PolicyArticleKind Kind,
    string Number,
    string Citation,
    string? Heading,
    IReadOnlyList<string> Context,
    string Text,
    IReadOnlyList<ResponsibleUnitView> ResponsibleUnits);
