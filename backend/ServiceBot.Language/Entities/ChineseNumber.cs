using System.Globalization;

namespace ServiceBot.Language.Entities;

/// <summary>Numbers written in digits or Chinese numerals (三百五十, 两千, 一万二, 三亿五千万, 1.5), as people type them.</summary>
internal static class ChineseNumber
{
    private const string Numerals = "零〇一二两三四五六七八九";

    /// <summary>The value of <paramref name="text"/>, or null when it is not a number.</summary>
    public static decimal? Parse(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var arabic))
        {
            return arabic;
        }

        decimal yi = 0;
        decimal wan = 0;
        decimal section = 0;
        decimal? digit = null;
        decimal lastUnit = 10;
        var zeroAfterUnit = false;
        foreach (var c in text)
        {
            if (DigitOf(c) is { } d)
            {
                zeroAfterUnit |= d == 0;
                digit = d;
                continue;
            }

            switch (c)
            {
                case '亿':
                    yi = (yi + wan + section + (digit ?? 0)) * 100_000_000m;
                    wan = section = 0;
                    lastUnit = 100_000_000m;
                    break;
                case '万':
                    wan = (section + (digit ?? 0)) * 10_000m;
                    section = 0;
                    lastUnit = 10_000m;
                    break;
                case '十' or '百' or '千':
                    lastUnit = c == '十' ? 10m : c == '百' ? 100m : 1000m;
                    section += (digit ?? 1) * lastUnit;
                    break;
                default:
                    return null;
            }

            digit = null;
            zeroAfterUnit = false;
        }

        // A digit after the last unit counts one unit lower (“一万二” is 12000, “三百五” is 350) unless a 零 came
        // between (“一百零五” is 105).
        var trailing = digit is { } last ? last * (zeroAfterUnit ? 1 : lastUnit / 10) : 0;
        return yi + wan + section + trailing;
    }

    private static decimal? DigitOf(char c)
    {
        if (char.IsAsciiDigit(c))
        {
            return c - '0';
        }

        return Numerals.IndexOf(c, StringComparison.Ordinal) switch
        {
            < 0 => null,
            0 or 1 => 0,
            2 => 1,
            3 or 4 => 2,
            var i => i - 2,
        };
    }
}
