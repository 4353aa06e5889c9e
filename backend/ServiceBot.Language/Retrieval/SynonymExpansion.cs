namespace ServiceBot.Language.Retrieval;

/// <summary>A word the synonym table adds for a question, and the word of the question (at <see cref="Start"/>) that brought it.</summary>
public readonly record struct SynonymExpansion(string Word, string Source, int Start);
