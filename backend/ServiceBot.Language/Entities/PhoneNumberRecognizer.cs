using System.Text.RegularExpressions;

namespace ServiceBot.Language.Entities;

/// <summary>
/// Mobile numbers (11 digits from 13-19, optionally +86, spaced or hyphenated as people write them: 139 5790 0001)
/// and landlines (an area code 0xx/0xxx with 7-8 digits, or 7-8 digits right after 电话/座机/固话).
/// </summary>
internal static partial class PhoneNumberRecognizer
{
    public static IEnumerable<Entity> Find(string folded)
    {
        foreach (Match m in Mobile().Matches(folded))
        {
            var digits = new string(m.Groups["number"].Value.Where(char.IsAsciiDigit).ToArray());
            yield return new Entity(EntityKind.Mobile, m.Value, m.Index, digits);
        }

        foreach (Match m in Landline().Matches(folded))
        {
            var area = m.Groups["area"].Value;
            var number = new string(m.Groups["number"].Value.Where(char.IsAsciiDigit).ToArray());
            yield return new Entity(EntityKind.Landline, m.Value, m.Index, $"{area}-{number}");
        }

        foreach (Match m in LabelledLocal().Matches(folded))
        {
            var group = m.Groups["number"];
            yield return new Entity(EntityKind.Landline, group.Value, group.Index, group.Value);
        }
    }

    [GeneratedRegex(@"(?<![0-9])(?:\+?86[- ]?)?(?<number>1[3-9][0-9](?:[- ]?[0-9]{4}){2})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Mobile();

    [GeneratedRegex(@"(?<![0-9])[(（]?(?<area>0[1-9][0-9]{1,2})[)）]?[- ]?(?<number>[2-9][0-9]{2,3}[- ]?[0-9]{4})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Landline();

    [GeneratedRegex(@"(?:电话|座机|固话|传真)(?:号码)?(?:是|为)?[:： ]*(?<number>[2-9][0-9]{6,7})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex LabelledLocal();
}
