using System.Globalization;
using System.Text.RegularExpressions;

namespace ServiceBot.Language.PolicyText;

/// <summary>Dates as Chinese policy texts write them: 2023年12月31日, 二〇二三年十二月三十一日, 2023-12-31, 2023.12.31.</summary>
public static partial class ChineseDates
{
    /// <summary>A date in any of the supported forms; the whole match is one date.</summary>
    public const string Pattern =
        @"(?:(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日"
        + @"|(?<cy>[零〇一二三四五六七八九]{4})年(?<cm>[十一二三四五六七八九]{1,3})月(?<cd>[十一二三四五六七八九]{1,3})日"
        + @"|(?<ny>\d{4})[-./](?<nm>\d{1,2})[-./](?<nd>\d{1,2})(?!\d))";

    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = DateRegex().Match(text);
        return match.Success ? FromMatch(match) : null;
    }

    /// <summary>Every date in <paramref name="text"/>, with where it starts.</summary>
    public static IEnumerable<(DateOnly Date, int Index, int Length)> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match match in DateRegex().Matches(text))
        {
            if (FromMatch(match) is { } date)
            {
                yield return (date, match.Index, match.Length);
            }
        }
    }

    /// <summary>The date of a match of <see cref="Pattern"/>; null when it names no real day (2月30日).</summary>
    public static DateOnly? FromMatch(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        int? year, month, day;
        if (match.Groups["y"].Success)
        {
            (year, month, day) = (Int(match.Groups["y"].Value), Int(match.Groups["m"].Value), Int(match.Groups["d"].Value));
        }
        else if (match.Groups["cy"].Success)
        {
            var y = string.Concat(match.Groups["cy"].Value.Select(c => ChineseNumerals.Parse(c.ToString())?.ToString(CultureInfo.InvariantCulture) ?? "?"));
            (year, month, day) = (Int(y), ChineseNumerals.Parse(match.Groups["cm"].Value), ChineseNumerals.Parse(match.Groups["cd"].Value));
        }
        else
        {
            (year, month, day) = (Int(match.Groups["ny"].Value), Int(match.Groups["nm"].Value), Int(match.Groups["nd"].Value));
        }

        if (year is not { } yy || month is not { } mm || day is not { } dd || yy < 1949 || yy > 2200 || mm is < 1 or > 12 || dd < 1 || dd > DateTime.DaysInMonth(yy, mm))
        {
            return null;
        }

        return new DateOnly(yy, mm, dd);
    }

    /// <summary>How people read a date in Chinese: 2023年12月31日.</summary>
    public static string Format(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    private static int? Int(string value) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    [GeneratedRegex(Pattern)]
    private static partial Regex DateRegex();
}
