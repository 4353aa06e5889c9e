namespace ServiceBot.Language.Retrieval;

/// <summary>
/// A ranked entry.
/// </summary>
/// <param name="Relevance">
/// What the ranking sorts by: <paramref name="Score"/> × <paramref name="Coverage"/>^<see cref="RetrievalSettings.CoverageExponent"/>
/// × the group's boost, divided by the idf of a term found in one entry. Idf grows with the size of the corpus; the
/// division keeps relevance, and the thresholds calibrated on it, comparable as documents are added.
/// </param>
/// <param name="Score">The BM25F score: comparable between entries for one question only.</param>
/// <param name="Coverage">
/// The share of the question's informative weight (idf × term weight) that the entry contains, 0 … 1: comparable
/// between questions, which is what the no-answer threshold is calibrated on.
/// </param>
public readonly record struct SearchHit(Guid Id, Guid GroupId, double Relevance, double Score, double Coverage);
