using System.Text.RegularExpressions;

namespace ServiceBot.Language.Entities;

/// <summary>
/// Amounts of money: a number in digits or Chinese numerals, an optional 个/多/余/来, and a unit (元, 万元, 亿元,
/// or 万/亿 on their own as people say “600多万”, “一个亿”). “5万件” and “3万吨” are quantities, not money, and are
/// left alone. Chinese numerals are read whole with their unit, so “三亿五千万” is 350 million. The value is in
/// yuan; “多” (more than) gives the round figure said.
/// </summary>
internal static partial class AmountRecognizer
{
    public static IEnumerable<Entity> Find(string folded)
    {
        foreach (Match m in Amount().Matches(folded))
        {
            var number = m.Groups["number"].Value;
            var unit = m.Groups["unit"].Value;
            var scale = unit[0] is '亿' or '万' ? unit[..1] : string.Empty;
            var yuan = char.IsAsciiDigit(number[0])
                ? ChineseNumber.Parse(number) * (scale == "亿" ? 100_000_000m : scale == "万" ? 10_000m : unit == "千元" ? 1_000m : 1m)
                : ChineseNumber.Parse(number + scale) * (unit == "千元" ? 1_000m : 1m);
            if (yuan is > 0)
            {
                yield return new Entity(EntityKind.Amount, m.Value, m.Index, yuan.Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)) { Amount = yuan };
            }
        }
    }

    [GeneratedRegex(
        @"(?<number>[0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+(?:[万亿][零〇一二两三四五六七八九十百千]*)*)\s*个?(?:多|余|来)?\s*(?<unit>亿元|万元|千元|亿|万|元|块钱|块)(?!件|套|台|吨|人|平|亩|只|辆|张|份|次|家|户|条|米|千瓦|度|标|字|名|位|个|头|株|吨)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Amount();
}
