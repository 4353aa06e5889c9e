namespace ServiceBot.Language.PolicyText;

/// <summary>What a file reader knows about a line from the file's own markup.</summary>
public enum SourceLineKind
{
    Paragraph,

    /// <summary>A heading by markup (Markdown <c>#</c>, HTML <c>h2</c>, a Word heading style); level in <see cref="SourceLine.HeadingLevel"/>.</summary>
    Heading,

    /// <summary>The document's title by markup (HTML <c>h1</c>, a Word title style, a Markdown <c>#</c> on top).</summary>
    Title,

    /// <summary>A table row, cells joined by <c> | </c>.</summary>
    TableRow,
}
