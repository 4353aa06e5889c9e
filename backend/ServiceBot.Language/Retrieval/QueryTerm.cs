namespace ServiceBot.Language.Retrieval;

/// <summary>A distinct term of an analysed question and how much it counts; synonym terms count less than the asker's own words.</summary>
public readonly record struct QueryTerm(string Term, double Weight, bool IsExpansion);
