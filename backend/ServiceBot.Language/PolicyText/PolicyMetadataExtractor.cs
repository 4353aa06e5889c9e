using System.Text.RegularExpressions;
using ServiceBot.Language.Text;

namespace ServiceBot.Language.PolicyText;

/// <summary>
/// Reads a policy text's metadata from its own lines: the title and document number (文号) in the header, the issuing
/// body and date in the signature at the end, the region from those names, and the validity clauses. Returns the
/// lines that remain as the body.
/// </summary>
public static partial class PolicyMetadataExtractor
{
    /// <summary>How many lines before the first numbered part may hold the header (文件 line, 文号, title, date, addressees).</summary>
    private const int HeaderWindow = 6;

    /// <summary>Signature and distribution lines (issuer, date, 抄送, 印发) are short; a long line is text.</summary>
    private const int MaxSignatureLength = 80;

    public static (PolicyMetadata Metadata, IReadOnlyList<SourceLine> Body) Extract(IReadOnlyList<SourceLine> lines, PolicySourceHints hints, string? publisher)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(hints);
        var body = lines.ToList();
        string? title = null, number = null, issuer = null;
        DateOnly? issuedOn = null;

        var firstNumbered = body.FindIndex(l => l.Kind == SourceLineKind.TableRow || Numbering.Recognize(l.Text) is not null);
        var headerEnd = Math.Min(firstNumbered < 0 ? body.Count : firstNumbered, HeaderWindow);
        for (var i = 0; i < headerEnd && i < body.Count; i++)
        {
            var text = body[i].Text;
            if (DocumentNumberRegex().Match(text) is { Success: true } n && text.Length <= 40)
            {
                number ??= n.Value;
                Remove(ref i);
            }
            else if (text.EndsWith("文件", StringComparison.Ordinal) && text.Length <= 30)
            {
                issuer ??= text[..^2].Trim();
                Remove(ref i);
            }
            else if (title is null && IsTitle(body[i]))
            {
                title = CleanTitle(text);
                Remove(ref i);
            }
            else if (ParenthesizedDateRegex().IsMatch(text))
            {
                issuedOn ??= ChineseDates.Parse(text);
                Remove(ref i);
            }
            else if (AddresseeRegex().IsMatch(text))
            {
                Remove(ref i);
            }
        }

        // The signature: issuing bodies and a date standing alone after the last sentence; also 抄送/印发 lines.
        while (body.Count > 0 && body[^1].Text.Length <= MaxSignatureLength && (Boilerplate.IsSignature(body[^1].Text) || DistributionRegex().IsMatch(body[^1].Text)) && body[^1].Kind != SourceLineKind.TableRow)
        {
            var text = body[^1].Text;
            if (ChineseDates.Parse(text) is { } date && !DistributionRegex().IsMatch(text))
            {
                issuedOn ??= date;
            }
            else if (!DistributionRegex().IsMatch(text))
            {
                issuer = text;
            }

            body.RemoveAt(body.Count - 1);
        }

        issuer = hints.IssuingBody ?? issuer;
        title = hints.Title is { Length: > 0 } hinted ? CleanTitle(hinted) : title;
        var region = RegionOf(title) ?? RegionOf(hints.IssuingBody) ?? RegionOf(issuer) ?? RegionOf(publisher);
        var validity = ValidityExtractor.Extract(body.Select(l => l.Text));
        var metadata = new PolicyMetadata(title, number, issuer, hints.Publisher ?? publisher, region, hints.IssuedOn ?? issuedOn, validity);
        return (metadata, body);

        void Remove(ref int index)
        {
            body.RemoveAt(index);
            index--;
            headerEnd--;
        }
    }

    /// <summary>The county, district or city a name starts with: 上虞区…, 浦江县经济商务局, 中共浦江县委, 绍兴市上虞区….</summary>
    public static string? RegionOf(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var match = RegionRegex().Match(name.Trim());
        return match.Success ? match.Groups["r"].Value : null;
    }

    private static bool IsTitle(SourceLine line)
    {
        if (line.Kind == SourceLineKind.Title)
        {
            return true;
        }

        var text = line.Text;
        return line.Kind is SourceLineKind.Paragraph or SourceLineKind.Heading
            && text.Length is >= 6 and <= 80
            && !text.EndsWith('。') && !text.EndsWith('：') && !text.EndsWith('；') && !text.EndsWith('，')
            && text.IndexOfAny(['，', ',']) < 0
            && Numbering.Recognize(text) is null
            && text.Any(ChineseText.IsHan);
    }

    /// <summary>A web notice's "…方案公示" is the 方案 itself; whitespace inside a title is layout.</summary>
    private static string CleanTitle(string title)
    {
        var cleaned = WhitespaceRegex().Replace(title.Trim(), " ");
        return cleaned.EndsWith("公示", StringComparison.Ordinal) && cleaned.Length > 4 ? cleaned[..^2].TrimEnd() : cleaned;
    }

    [GeneratedRegex(@"[\u4e00-\u9fff]{1,12}\s*[〔\[［(（【]\s*\d{4}\s*[〕\]］)）】]\s*\d{1,4}\s*号")]
    private static partial Regex DocumentNumberRegex();

    [GeneratedRegex(@"^[（(]\s*" + ChineseDates.Pattern + @"\s*[）)]$")]
    private static partial Regex ParenthesizedDateRegex();

    [GeneratedRegex(@"^各[^。]{2,120}[:：]$")]
    private static partial Regex AddresseeRegex();

    // Every alternative anchored at the start: an unanchored ".*印发$" rescans a long line from every position.
    [GeneratedRegex(@"^(?:(?:抄送|抄报|主送)\s*[:：].*|.*印发|[（(]此件[^）)]*[）)])$")]
    private static partial Regex DistributionRegex();

    [GeneratedRegex(@"^(?:中共)?(?:[\u4e00-\u9fff]{2,3}?[省市])?(?<r>[\u4e00-\u9fff]{2,3}?[县区旗])|^(?:中共)?(?:[\u4e00-\u9fff]{2,3}?省)?(?<r>[\u4e00-\u9fff]{2,3}?市)")]
    private static partial Regex RegionRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();
}
