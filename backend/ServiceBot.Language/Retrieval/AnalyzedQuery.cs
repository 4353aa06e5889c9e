namespace ServiceBot.Language.Retrieval;

/// <summary>
/// A question as the index sees it: the normalised text, what is left after stop phrases (<see cref="Content"/>),
/// its distinct weighted terms with synonym expansions, and where each term stands in <see cref="Content"/>.
/// </summary>
public sealed record AnalyzedQuery(string Text, string Content, IReadOnlyList<QueryTerm> Terms, IReadOnlyList<TermOccurrence> Occurrences)
{
    public bool IsEmpty => Terms.Count == 0;
}
