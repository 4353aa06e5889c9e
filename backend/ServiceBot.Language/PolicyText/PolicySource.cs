namespace ServiceBot.Language.PolicyText;

/// <summary>A policy file reduced to lines, whatever its format (text, Markdown, HTML, Word).</summary>
public sealed record PolicySource(IReadOnlyList<SourceLine> Lines, PolicySourceHints Hints)
{
    /// <summary>Plain text, one line per line; lines with two or more <c>|</c> are table rows.</summary>
    public static PolicySource FromPlainText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.ReplaceLineEndings("\n").Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .Select(l => new SourceLine(l, TableRows.LooksLikeRow(l) ? SourceLineKind.TableRow : SourceLineKind.Paragraph))
            .ToList();
        return new PolicySource(lines, PolicySourceHints.None);
    }
}
