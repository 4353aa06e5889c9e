using System.Text.RegularExpressions;

namespace ServiceBot.Language.PolicyText;

/// <summary>
/// Finds the clauses that say when a policy applies: "有效期至2023年12月31日", "自2022年1月1日起施行",
/// "自公布之日起30日后施行", "自印发之日起施行，有效期3年".
/// </summary>
public static partial class ValidityExtractor
{
    public static PolicyValidityTerms Extract(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        DateOnly? from = null, until = null;
        int? afterDays = null, years = null;
        var clauses = new List<string>();
        foreach (var sentence in lines.SelectMany(SentenceSplitter.Split))
        {
            var found = false;
            if (UntilRegex().Match(sentence) is { Success: true } u && ChineseDates.Parse(u.Groups["date"].Value) is { } untilDate)
            {
                until ??= untilDate;
                found = true;
            }

            if (FromRegex().Match(sentence) is { Success: true } f && ChineseDates.Parse(f.Groups["date"].Value) is { } fromDate)
            {
                from ??= fromDate;
                found = true;
            }

            if (RelativeRegex().Match(sentence) is { Success: true } r)
            {
                afterDays ??= r.Groups["n"].Success ? ChineseNumerals.Parse(r.Groups["n"].Value) ?? 0 : 0;
                found = true;
            }

            if (YearsRegex().Match(sentence) is { Success: true } y && ChineseNumerals.Parse(y.Groups["n"].Value) is { } n)
            {
                years ??= n;
                found = true;
            }

            if (found)
            {
                clauses.Add(sentence);
            }
        }

        return new PolicyValidityTerms(from, until, afterDays, years, clauses.Count == 0 ? null : string.Concat(clauses.Distinct()));
    }

    [GeneratedRegex(@"有效期\s*(?:至|到|截至|截止到|截止至)\s*(?<date>" + ChineseDates.Pattern + ")")]
    private static partial Regex UntilRegex();

    [GeneratedRegex(@"自?\s*(?<date>" + ChineseDates.Pattern + @")\s*起\s*(?:施行|实施|执行|生效|试行)")]
    private static partial Regex FromRegex();

    [GeneratedRegex(@"自\s*(?:公布|印发|发布|颁布)之日起\s*(?:(?<n>[\d零一二两三四五六七八九十百]+)\s*(?:日|天)后\s*)?(?:施行|实施|执行|生效|试行)")]
    private static partial Regex RelativeRegex();

    [GeneratedRegex(@"有效期\s*(?:为)?\s*(?<n>[\d一二两三四五六七八九十]+)\s*年")]
    private static partial Regex YearsRegex();
}
