namespace ServiceBot.Language.Retrieval;

/// <summary>
/// Where a term stands for characters of the question (for a synonym, the question's word that brought it in):
/// a match of the term covers those characters. Coverage is measured over characters, not terms, so the bigrams
/// that straddle two words ("房但", "有地") neither help nor hurt.
/// </summary>
public readonly record struct TermOccurrence(int TermIndex, int Start, int Length);
