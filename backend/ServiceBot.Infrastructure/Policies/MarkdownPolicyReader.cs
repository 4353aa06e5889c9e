using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ServiceBot.Language.PolicyText;

namespace ServiceBot.Infrastructure.Policies;

/// <summary>
/// Markdown through Markdig: the first level-1 heading is the title, other headings are headings, ordered list
/// items keep their numbers ("1. 总体要求" is how Markdown writes a numbered article), pipe tables become rows.
/// A paragraph's own line breaks are kept, because policy texts in Markdown often put one article per line.
/// </summary>
internal static class MarkdownPolicyReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static PolicySource Read(ReadOnlySpan<byte> content)
    {
        var document = Markdown.Parse(PolicyTextDecoding.Decode(content), Pipeline);
        var lines = new List<SourceLine>();
        Blocks(document, lines, prefix: null);
        var title = lines.FirstOrDefault(l => l.Kind == SourceLineKind.Title)?.Text;
        return new PolicySource(lines, new PolicySourceHints(Title: title));
    }

    private static void Blocks(ContainerBlock container, List<SourceLine> lines, string? prefix)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var text = Inline(heading.Inline).Trim();
                    var isTitle = heading.Level == 1 && !lines.Any(l => l.Kind == SourceLineKind.Title);
                    lines.Add(new SourceLine(text, isTitle ? SourceLineKind.Title : SourceLineKind.Heading, heading.Level));
                    break;
                case ParagraphBlock paragraph:
                    var first = true;
                    foreach (var line in Inline(paragraph.Inline).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    {
                        lines.Add(new SourceLine(first && prefix is not null ? prefix + line : line));
                        first = false;
                    }

                    prefix = first ? prefix : null;
                    break;
                case ListBlock list:
                    var number = int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : 1;
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        Blocks(item, lines, list.IsOrdered ? $"{number++}." : null);
                    }

                    break;
                case Table table:
                    foreach (var row in table.OfType<TableRow>())
                    {
                        var cells = row.OfType<TableCell>().Select(c => string.Join(' ', c.OfType<ParagraphBlock>().Select(p => Inline(p.Inline).Trim())));
                        lines.Add(new SourceLine(string.Join(SourceLine.CellSeparator, cells), SourceLineKind.TableRow));
                    }

                    break;
                case LeafBlock leaf when leaf.Lines.Count > 0:
                    foreach (var line in leaf.Lines.ToString().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    {
                        lines.Add(new SourceLine(line));
                    }

                    break;
                case ContainerBlock nested:
                    Blocks(nested, lines, prefix);
                    break;
            }
        }
    }

    private static string Inline(ContainerInline? inline)
    {
        var text = new StringBuilder();
        Append(inline, text);
        return text.ToString();
    }

    private static void Append(Inline? inline, StringBuilder text)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                text.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline:
                text.Append('\n');
                break;
            case HtmlInline:
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                break;
        }
    }
}
