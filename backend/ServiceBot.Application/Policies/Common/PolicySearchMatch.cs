namespace ServiceBot.Application.Policies.Common;

/// <summary>An article found for a question, with its relevance (what the thresholds apply to) and coverage of the question.</summary>
public sealed record PolicySearchMatch(IndexedPolicyArticle Article, double Relevance, double Score, double Coverage);
