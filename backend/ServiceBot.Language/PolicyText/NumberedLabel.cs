namespace ServiceBot.Language.PolicyText;

/// <summary>
/// The number a line starts with: its style, its value, and the label in the canonical form documents are cited
/// by (全角 parentheses, "1." with a full stop), plus the text after it.
/// </summary>
public sealed record NumberedLabel(NumberingStyle Style, int Value, string Label, string Rest)
{
    /// <summary>A key that tells apart the levels of unnumbered headings (Markdown h2 vs h3).</summary>
    public string LevelKey { get; init; } = Style.ToString();
}
