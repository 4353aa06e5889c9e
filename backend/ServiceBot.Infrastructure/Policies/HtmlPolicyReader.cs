using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ServiceBot.Language.PolicyText;

namespace ServiceBot.Infrastructure.Policies;

/// <summary>
/// HTML pages through AngleSharp: scripts, styles, navigation, headers and footers dropped; one line per block
/// (paragraph, heading, list item, line break); table rows as rows; ordered list items numbered as a browser shows
/// them. Government sites describe the article in <c>meta</c> tags (ArticleTitle, PubDate, ContentSource), which
/// become hints; otherwise the first <c>h1</c> or the page title is the title.
/// </summary>
internal static partial class HtmlPolicyReader
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "button", "select", "svg",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "blockquote", "pre", "center", "dd", "dt", "dl", "ul", "ol", "li", "address", "figure", "figcaption", "body",
    };

    public static PolicySource Read(ReadOnlySpan<byte> content)
    {
        var document = new HtmlParser().ParseDocument(PolicyTextDecoding.Decode(content));
        foreach (var element in document.All.Where(e => Dropped.Contains(e.LocalName)).ToList())
        {
            element.Remove();
        }

        var lines = new List<SourceLine>();
        var pending = new StringBuilder();
        if (document.Body is { } body)
        {
            Walk(body, lines, pending);
        }

        Flush(lines, pending, SourceLineKind.Paragraph);
        var hints = new PolicySourceHints(
            Title: Meta(document, "ArticleTitle") ?? document.QuerySelector("h1")?.TextContent.Trim() ?? PageTitle(document),
            Publisher: Meta(document, "ContentSource"),
            IssuedOn: ChineseDates.Parse(Meta(document, "PubDate") ?? Meta(document, "firstpublishedtime")));
        return new PolicySource(lines, hints);
    }

    private static void Walk(INode node, List<SourceLine> lines, StringBuilder pending)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                pending.Append(text.Data);
                continue;
            }

            if (child is not IElement element)
            {
                continue;
            }

            switch (element.LocalName)
            {
                case "br":
                    Flush(lines, pending, SourceLineKind.Paragraph);
                    break;
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    Flush(lines, pending, SourceLineKind.Paragraph);
                    var level = element.LocalName[1] - '0';
                    var isTitle = level == 1 && !lines.Any(l => l.Kind == SourceLineKind.Title);
                    lines.Add(new SourceLine(Clean(element.TextContent), isTitle ? SourceLineKind.Title : SourceLineKind.Heading, level));
                    break;
                case "table":
                    Flush(lines, pending, SourceLineKind.Paragraph);
                    foreach (var row in element.QuerySelectorAll("tr"))
                    {
                        var cells = row.Children.Where(c => c.LocalName is "td" or "th").Select(c => Clean(c.TextContent));
                        lines.Add(new SourceLine(string.Join(SourceLine.CellSeparator, cells), SourceLineKind.TableRow));
                    }

                    break;
                case "ol":
                    Flush(lines, pending, SourceLineKind.Paragraph);
                    var number = int.TryParse(element.GetAttribute("start"), NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : 1;
                    foreach (var item in element.Children.Where(c => c.LocalName == "li"))
                    {
                        pending.Append(CultureInfo.InvariantCulture, $"{number++}.");
                        Walk(item, lines, pending);
                        Flush(lines, pending, SourceLineKind.Paragraph);
                    }

                    break;
                default:
                    var block = BlockElements.Contains(element.LocalName);
                    if (block)
                    {
                        Flush(lines, pending, SourceLineKind.Paragraph);
                    }

                    Walk(element, lines, pending);
                    if (block)
                    {
                        Flush(lines, pending, SourceLineKind.Paragraph);
                    }

                    break;
            }
        }
    }

    private static void Flush(List<SourceLine> lines, StringBuilder pending, SourceLineKind kind)
    {
        var text = Clean(pending.ToString());
        pending.Clear();
        if (text.Length > 0)
        {
            lines.Add(new SourceLine(text, kind));
        }
    }

    /// <summary>Whitespace collapsed; none kept between Chinese characters, where it is only the page source's line wrapping.</summary>
    private static string Clean(string text) =>
        ChineseGap().Replace(string.Join(' ', text.Replace('\u00A0', ' ').Split([' ', '\t', '\r', '\n', '\u3000'], StringSplitOptions.RemoveEmptyEntries)), string.Empty);

    [GeneratedRegex(@"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”]) (?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”])")]
    private static partial Regex ChineseGap();

    private static string? Meta(IDocument document, string name)
    {
        var content = document.QuerySelectorAll("meta")
            .FirstOrDefault(m => string.Equals(m.GetAttribute("name"), name, StringComparison.OrdinalIgnoreCase))?
            .GetAttribute("content")?.Trim();
        return string.IsNullOrEmpty(content) ? null : content;
    }

    /// <summary>"关于…的意见_浦江县人民政府" → the part before the site's name.</summary>
    private static string? PageTitle(IDocument document)
    {
        var title = document.Title?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            return null;
        }

        var cut = title.IndexOfAny(['_', '|', '－']);
        return (cut > 0 ? title[..cut] : title).Trim();
    }
}
