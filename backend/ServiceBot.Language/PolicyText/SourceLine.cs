namespace ServiceBot.Language.PolicyText;

/// <summary>One line of a policy file, as a file reader extracted it.</summary>
public sealed record SourceLine(string Text, SourceLineKind Kind = SourceLineKind.Paragraph, int HeadingLevel = 0)
{
    public const string CellSeparator = " | ";
}
