namespace ServiceBot.Language.PolicyText;

/// <summary>Chinese numerals as policy texts number things: 一 … 十九, 二十一, 一百零五, also 〇/零 and 两.</summary>
public static class ChineseNumerals
{
    public const string Digits = "零〇一二两三四五六七八九十百千";

    /// <summary>The value of a Chinese numeral or of ASCII digits; null when <paramref name="text"/> is neither.</summary>
    public static int? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.All(char.IsAsciiDigit))
        {
            return text.Length <= 6 ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : null;
        }

        var total = 0;
        var current = 0;
        foreach (var c in text)
        {
            var digit = DigitValue(c);
            if (digit is { } d)
            {
                current = d;
                continue;
            }

            var unit = c switch
            {
                '十' => 10,
                '百' => 100,
                '千' => 1000,
                _ => 0,
            };
            if (unit == 0)
            {
                return null;
            }

            // "十" alone or at the start means 一十.
            total += (current == 0 ? 1 : current) * unit;
            current = 0;
        }

        return total + current;
    }

    private static int? DigitValue(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => null,
    };

    /// <summary>The Chinese numeral of 1 … 99, as documents write section numbers (一, 十, 十一, 二十).</summary>
    public static string Format(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 99);
        const string digits = "零一二三四五六七八九";
        if (value < 10)
        {
            return digits[value].ToString();
        }

        var tens = value / 10;
        var ones = value % 10;
        return (tens == 1 ? string.Empty : digits[tens].ToString()) + "十" + (ones == 0 ? string.Empty : digits[ones].ToString());
    }
}
