using System.Text.RegularExpressions;

using ServiceBot.Language.Data;

namespace ServiceBot.Language.PolicyText;

/// <summary>
/// Strips the web-page furniture policy texts copied from a site carry (footers such as "Copyright …", menus such as
/// "热门搜索", a source line "来源:…"): first every line matching a known pattern (data file
/// <c>boilerplate-patterns.txt</c>), then any trailing run of short fragments after the last sentence, which is how
/// unknown footers look. Signature lines (an issuing body, a date) at the end are kept: they are metadata.
/// </summary>
public static partial class Boilerplate
{
    private static readonly Lazy<IReadOnlyList<Regex>> Patterns = new(() =>
        EmbeddedData.ReadTextLines("PolicyText/Data/boilerplate-patterns.txt")
            .Select(p => new Regex("^(?:" + p + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking))
            .ToList());

    /// <summary>Short trailing fragments of at most this many characters are page furniture unless they are a signature.</summary>
    private const int FragmentLength = 12;

    /// <summary>Page furniture is a short line; a longer one is text, whatever words it contains.</summary>
    private const int MaxFurnitureLength = 300;

    public static BoilerplateResult Strip(IReadOnlyList<SourceLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        string? publisher = null;
        var kept = new List<SourceLine>(lines.Count);
        var removed = new List<string>();
        foreach (var line in lines)
        {
            var text = line.Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (SourceRegex().Match(text) is { Success: true } source)
            {
                publisher ??= source.Groups["p"].Value.Trim();
                removed.Add(text);
                continue;
            }

            if (line.Kind != SourceLineKind.TableRow && IsFurniture(text))
            {
                removed.Add(text);
                continue;
            }

            // A title repeated by the page template (headline, then the same as the article title) counts once.
            if (kept.Count > 0 && kept[^1].Text == text && line.Kind != SourceLineKind.TableRow)
            {
                continue;
            }

            kept.Add(line with { Text = text });
        }

        while (kept.Count > 0 && IsTrailingFragment(kept[^1]))
        {
            removed.Add(kept[^1].Text);
            kept.RemoveAt(kept.Count - 1);
        }

        return new BoilerplateResult(kept, publisher, removed);
    }

    /// <summary>Whether a line is web-page furniture by one of the known patterns.</summary>
    public static bool IsFurniture(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        return text.Length <= MaxFurnitureLength && Patterns.Value.Any(p => p.IsMatch(text));
    }

    /// <summary>A signature line: an issuing body (…人民政府, …局) or a date standing alone.</summary>
    public static bool IsSignature(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        return SignatureDateRegex().IsMatch(text) || OrganizationRegex().IsMatch(text);
    }

    private static bool IsTrailingFragment(SourceLine line) =>
        line.Kind == SourceLineKind.Paragraph
        && line.Text.Length <= FragmentLength
        && !line.Text.EndsWith('。')
        && Numbering.Recognize(line.Text) is null
        && !IsSignature(line.Text);

    [GeneratedRegex(@"^(?:来源|信息来源|文章来源|稿件来源|发布机构|发布单位)\s*[:：]\s*(?<p>.+)$")]
    private static partial Regex SourceRegex();

    [GeneratedRegex("^" + ChineseDates.Pattern + "$")]
    private static partial Regex SignatureDateRegex();

    [GeneratedRegex(@"^[\u4e00-\u9fff（）()\s]{2,40}(?:人民政府|政府|委员会|县委|区委|市委|办公室|办公厅|管理局|分局|局|厅|委|中心|办)$")]
    private static partial Regex OrganizationRegex();
}
