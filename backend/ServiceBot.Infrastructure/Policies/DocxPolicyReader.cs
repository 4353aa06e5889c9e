using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using ServiceBot.Language.PolicyText;

namespace ServiceBot.Infrastructure.Policies;

/// <summary>
/// Word .docx files read as what they are, a zip of XML (ECMA-376), with the framework's zip and XML readers:
/// paragraphs in order, tables as rows, the Title style as the title and Heading styles as headings, and the
/// numbers Word draws from its numbering definitions ("一、", "（一）", "1.") put back in front of the text, since
/// many policy documents number their articles with Word's automatic lists. The core properties' title is a hint.
/// </summary>
internal static class DocxPolicyReader
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public static PolicySource Read(ReadOnlySpan<byte> content)
    {
        using var zip = new ZipArchive(new MemoryStream(content.ToArray(), writable: false), ZipArchiveMode.Read);
        var body = Load(zip, "word/document.xml")?.Root?.Element(W + "body")
            ?? throw new InvalidDataException("word/document.xml has no body.");
        var styles = StyleKinds(Load(zip, "word/styles.xml"));
        var numbering = new WordNumbering(Load(zip, "word/numbering.xml"));
        var lines = new List<SourceLine>();
        foreach (var element in body.Elements())
        {
            if (element.Name == W + "p")
            {
                var text = ParagraphText(element);
                var label = numbering.Next(element.Element(W + "pPr")?.Element(W + "numPr"));
                if (text.Length == 0)
                {
                    continue;
                }

                var styleId = element.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val")?.Value;
                var (kind, level) = styleId is not null && styles.TryGetValue(styleId, out var style) ? style : (SourceLineKind.Paragraph, 0);
                lines.Add(new SourceLine(label + text, kind, level));
            }
            else if (element.Name == W + "tbl")
            {
                foreach (var row in element.Elements(W + "tr"))
                {
                    var cells = row.Elements(W + "tc").Select(c => string.Join(' ', c.Elements(W + "p").Select(ParagraphText).Where(t => t.Length > 0)));
                    lines.Add(new SourceLine(string.Join(SourceLine.CellSeparator, cells), SourceLineKind.TableRow));
                }
            }
        }

        var title = Load(zip, "docProps/core.xml")?.Root?.Element(Dc + "title")?.Value.Trim();
        var titleLine = lines.FirstOrDefault(l => l.Kind == SourceLineKind.Title)?.Text;
        return new PolicySource(lines, new PolicySourceHints(Title: string.IsNullOrEmpty(title) ? titleLine : title));
    }

    private static XDocument? Load(ZipArchive zip, string path)
    {
        var entry = zip.GetEntry(path);
        if (entry is null)
        {
            return null;
        }

        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    private static string ParagraphText(XElement paragraph)
    {
        var text = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            if (node.Name == W + "t")
            {
                text.Append(node.Value);
            }
            else if (node.Name == W + "tab")
            {
                text.Append(' ');
            }
            else if (node.Name == W + "br" || node.Name == W + "cr")
            {
                text.Append('\n');
            }
        }

        return text.ToString().Trim();
    }

    /// <summary>Styles by id: the Title style, and Heading 1–9 (Word's English names, also used by Chinese Word).</summary>
    private static Dictionary<string, (SourceLineKind Kind, int Level)> StyleKinds(XDocument? styles)
    {
        var kinds = new Dictionary<string, (SourceLineKind, int)>(StringComparer.Ordinal);
        foreach (var style in styles?.Root?.Elements(W + "style") ?? [])
        {
            var id = style.Attribute(W + "styleId")?.Value;
            var name = style.Element(W + "name")?.Attribute(W + "val")?.Value?.ToLowerInvariant();
            if (id is null || name is null)
            {
                continue;
            }

            if (name is "title" or "标题")
            {
                kinds[id] = (SourceLineKind.Title, 0);
            }
            else if (name.StartsWith("heading ", StringComparison.Ordinal) && int.TryParse(name[8..], NumberStyles.None, CultureInfo.InvariantCulture, out var level))
            {
                kinds[id] = (SourceLineKind.Heading, level);
            }
        }

        return kinds;
    }
}
