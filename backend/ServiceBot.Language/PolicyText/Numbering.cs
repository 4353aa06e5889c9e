using System.Text.RegularExpressions;

namespace ServiceBot.Language.PolicyText;

/// <summary>Recognises the number at the start of a line of a policy text.</summary>
public static partial class Numbering
{
    public static NumberedLabel? Recognize(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.TrimStart(' ', '\u3000', '\t');
        if (ChapterRegex().Match(text) is { Success: true } chapter && ChineseNumerals.Parse(chapter.Groups["n"].Value) is { } c)
        {
            return new NumberedLabel(NumberingStyle.Chapter, c, $"第{chapter.Groups["n"].Value}{chapter.Groups["k"].Value}", Rest(text, chapter))
            {
                LevelKey = chapter.Groups["k"].Value == "章" ? "Chapter" : "Section",
            };
        }

        if (ArticleRegex().Match(text) is { Success: true } article && ChineseNumerals.Parse(article.Groups["n"].Value) is { } a)
        {
            return new NumberedLabel(NumberingStyle.Article, a, $"第{article.Groups["n"].Value}条", Rest(text, article));
        }

        if (ChineseEnumerationRegex().Match(text) is { Success: true } enumeration && ChineseNumerals.Parse(enumeration.Groups["n"].Value) is { } e)
        {
            return new NumberedLabel(NumberingStyle.ChineseEnumeration, e, $"{enumeration.Groups["n"].Value}、", Rest(text, enumeration));
        }

        if (ParenthesizedChineseRegex().Match(text) is { Success: true } pc && ChineseNumerals.Parse(pc.Groups["n"].Value) is { } p)
        {
            return new NumberedLabel(NumberingStyle.ParenthesizedChinese, p, $"（{pc.Groups["n"].Value}）", Rest(text, pc));
        }

        if (ArabicRegex().Match(text) is { Success: true } arabic)
        {
            var n = int.Parse(arabic.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            return new NumberedLabel(NumberingStyle.Arabic, n, $"{n}.", Rest(text, arabic));
        }

        if (ParenthesizedArabicRegex().Match(text) is { Success: true } pa)
        {
            var n = int.Parse(pa.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            return new NumberedLabel(NumberingStyle.ParenthesizedArabic, n, $"（{n}）", Rest(text, pa));
        }

        if (text.Length > 0 && text[0] is >= '①' and <= '⑳')
        {
            return new NumberedLabel(NumberingStyle.Circled, text[0] - '①' + 1, text[0].ToString(), text[1..].TrimStart());
        }

        return null;
    }

    private static string Rest(string text, Match match) => text[match.Length..].TrimStart(' ', '\u3000', '\t');

    [GeneratedRegex(@"^第(?<n>[零〇一二两三四五六七八九十百\d]{1,5})(?<k>[章节])(?=\s|$|[\u4e00-\u9fff])")]
    private static partial Regex ChapterRegex();

    [GeneratedRegex(@"^第(?<n>[零〇一二两三四五六七八九十百\d]{1,5})条(?=\s|$|[\u4e00-\u9fff“\(（])")]
    private static partial Regex ArticleRegex();

    [GeneratedRegex(@"^(?<n>[一二三四五六七八九十]{1,3})\s*[、.．]")]
    private static partial Regex ChineseEnumerationRegex();

    [GeneratedRegex(@"^[（(]\s*(?<n>[一二三四五六七八九十]{1,3})\s*[）)]")]
    private static partial Regex ParenthesizedChineseRegex();

    // "2.5%" and "2020年" are not numbers of a part: the dot must not be followed by a digit.
    [GeneratedRegex(@"^(?<n>\d{1,3})\s*[.．、](?!\d)")]
    private static partial Regex ArabicRegex();

    [GeneratedRegex(@"^[（(]\s*(?<n>\d{1,3})\s*[）)]")]
    private static partial Regex ParenthesizedArabicRegex();
}
