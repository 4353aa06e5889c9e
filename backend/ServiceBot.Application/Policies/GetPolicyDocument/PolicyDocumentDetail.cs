using ServiceBot.Application.Policies.Common;

namespace ServiceBot.Application.Policies.GetPolicyDocument;

public sealed record PolicyDocumentDetail(PolicyDocumentSummary Document, IReadOnlyList<PolicyVersionView> Versions, int ShownVersion, IReadOnlyList<PolicyArticleView> Articles);
