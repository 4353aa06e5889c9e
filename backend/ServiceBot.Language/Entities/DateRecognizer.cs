using System.Globalization;
using System.Text.RegularExpressions;

namespace ServiceBot.Language.Entities;

/// <summary>
/// Dates and periods, resolved against today in the county: absolute (2026年3月5日, 3月5号, 2026-03-05, 2026年3月),
/// relative days (今天, 明天, 后天, 大后天, 昨天, 前天), weekdays (周五, 下周一, 下下周三, 上星期二, 这礼拜天), weeks
/// (下周, 本周), months (下个月, 本月, 月底, 下个月底, 月初, 月中, 下月5号), years (年底, 年初, 明年), and spans
/// (三天后, 两周内, 一个月后; working days need the holiday calendar and are left to the caller). Weeks start on Monday, as Chinese calendars count them.
/// </summary>
internal static partial class DateRecognizer
{
    private const string Numeral = "[0-9]+|[一二两三四五六七八九十]+";

    public static IEnumerable<Entity> Find(string folded, DateOnly today)
    {
        var found = new List<Entity>();
        void Add(Match m, DateOnly date, DateOnly? end = null) =>
            found.Add(new Entity(EntityKind.Date, m.Value, m.Index, end is { } e ? $"{Iso(date)}/{Iso(e)}" : Iso(date)) { Date = date, EndDate = end });

        foreach (Match m in FullDate().Matches(folded))
        {
            if (TryDate(Int(m.Groups["y"]), Int(m.Groups["m"]), Int(m.Groups["d"]), out var date))
            {
                Add(m, date);
            }
        }

        foreach (Match m in MonthDay().Matches(folded))
        {
            var month = m.Groups["rel"].Success ? today.AddMonths(MonthOffset(m.Groups["rel"].Value)) : today;
            var monthNumber = m.Groups["m"].Success ? (int)Number(m.Groups["m"].Value) : month.Month;
            if (TryDate(month.Year, monthNumber, (int)Number(m.Groups["d"].Value), out var date))
            {
                Add(m, date);
            }
        }

        foreach (Match m in YearMonth().Matches(folded))
        {
            if (TryDate(Int(m.Groups["y"]), Int(m.Groups["m"]), 1, out var first))
            {
                Add(m, first, first.AddMonths(1).AddDays(-1));
            }
        }

        foreach (Match m in RelativeDay().Matches(folded))
        {
            Add(m, today.AddDays(m.Value switch
            {
                "今天" or "今日" => 0,
                "明天" or "明日" => 1,
                "后天" => 2,
                "大后天" => 3,
                "昨天" or "昨日" => -1,
                _ => -2,
            }));
        }

        foreach (Match m in Weekday().Matches(folded))
        {
            var monday = MondayOf(today).AddDays(7 * WeekOffset(m.Groups["rel"].Value));
            Add(m, monday.AddDays(DayIndex(m.Groups["day"].Value)));
        }

        foreach (Match m in WeekOrWeekend().Matches(folded))
        {
            var monday = MondayOf(today).AddDays(7 * WeekOffset(m.Groups["rel"].Value));
            if (m.Groups["weekend"].Success)
            {
                Add(m, monday.AddDays(5), monday.AddDays(6));
            }
            else
            {
                Add(m, monday, monday.AddDays(6));
            }
        }

        foreach (Match m in MonthPart().Matches(folded))
        {
            var month = today.AddMonths(MonthOffset(m.Groups["rel"].Value));
            var first = new DateOnly(month.Year, month.Month, 1);
            var last = first.AddMonths(1).AddDays(-1);
            switch (m.Groups["part"].Value)
            {
                case "底" or "末":
                    Add(m, last);
                    break;
                case "初":
                    Add(m, first, first.AddDays(9));
                    break;
                case "中":
                    Add(m, first.AddDays(14));
                    break;
                default:
                    Add(m, first, last);
                    break;
            }
        }

        foreach (Match m in YearPart().Matches(folded))
        {
            var year = today.Year + (m.Groups["rel"].Value switch { "明年" or "下一年" => 1, "去年" => -1, _ => 0 });
            switch (m.Groups["part"].Value)
            {
                case "底" or "末":
                    Add(m, new DateOnly(year, 12, 31));
                    break;
                case "初":
                    Add(m, new DateOnly(year, 1, 1), new DateOnly(year, 1, 31));
                    break;
                default:
                    Add(m, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
                    break;
            }
        }

        foreach (Match m in Span().Matches(folded))
        {
            var n = (int)Number(m.Groups["n"].Value);
            var end = m.Groups["unit"].Value switch
            {
                "天" or "日" => today.AddDays(n),
                "周" or "个星期" or "星期" or "个礼拜" or "礼拜" => today.AddDays(7 * n),
                _ => today.AddMonths(n),
            };
            if (m.Groups["within"].Value is "内" or "之内" or "以内")
            {
                Add(m, today, end);
            }
            else
            {
                Add(m, end);
            }
        }

        // Longer expressions first, so “下个月底” wins over “下个月” and “3月5号” over “5号”.
        var chosen = new List<Entity>();
        foreach (var entity in found.OrderByDescending(e => e.Text.Length).ThenBy(e => e.Start))
        {
            if (!chosen.Any(c => c.Overlaps(entity)))
            {
                chosen.Add(entity);
            }
        }

        return chosen;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int Int(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    private static decimal Number(string text) => ChineseNumber.Parse(text) ?? 0;

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1900 or > 2999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static int DayIndex(string day) => day switch
    {
        "一" or "1" => 0,
        "二" or "2" => 1,
        "三" or "3" => 2,
        "四" or "4" => 3,
        "五" or "5" => 4,
        "六" or "6" => 5,
        _ => 6,
    };

    private static int WeekOffset(string relative) => relative switch
    {
        "下下" or "下下个" => 2,
        "下" or "下个" or "下一" or "下一个" => 1,
        "上" or "上个" or "上一" or "上一个" => -1,
        "上上" or "上上个" => -2,
        _ => 0,
    };

    private static int MonthOffset(string relative) => relative switch
    {
        "下" or "下个" or "下一个" => 1,
        "上" or "上个" or "上一个" => -1,
        _ => 0,
    };

    [GeneratedRegex(@"(?<![0-9])(?<y>20[0-9]{2})\s*(?:年|-|/|\.)\s*(?<m>[0-9]{1,2})\s*(?:月|-|/|\.)\s*(?<d>[0-9]{1,2})\s*(?:日|号)?(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"(?:(?<rel>下个|下|上个|上|本|这个)月|(?<m>[0-9]{1,2}|十[一二]?|[一二三四五六七八九])月)(?<d>[0-9]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?:日|号)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"(?<![0-9])(?<y>20[0-9]{2})年(?<m>[0-9]{1,2})月(?![0-9]|份?[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex YearMonth();

    [GeneratedRegex("大后天|今天|今日|明天|明日|后天|昨天|昨日|前天", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeDay();

    [GeneratedRegex("(?<rel>下下个?|下一?个?|上上个?|上一?个?|这个?|本)?(?:周|星期|礼拜)(?<day>[一二三四五六日天1-7])", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    [GeneratedRegex("(?<rel>下个?|这个?|本)?(?<weekend>周末)|(?<rel>下下个?|下一?个?|上上个?|上一?个?|这个?|本)(?:周|星期|礼拜)(?![一二三四五六日天1-7末])", RegexOptions.CultureInvariant)]
    private static partial Regex WeekOrWeekend();

    [GeneratedRegex("(?<rel>下个|下|上个|上|本|这个)?月(?<part>底|末|初|中)|(?<rel>下个|下|上个|上|本|这个)月(?![0-9一二三四五六七八九十底末初中份])", RegexOptions.CultureInvariant)]
    private static partial Regex MonthPart();

    [GeneratedRegex("(?<rel>今年|明年|去年|下一年)(?<part>底|末|初)?|年(?<part>底|末|初)", RegexOptions.CultureInvariant)]
    private static partial Regex YearPart();

    [GeneratedRegex("(?<n>" + Numeral + ")(?<unit>天|日|个星期|星期|个礼拜|礼拜|周|个月)(?<within>之?后|以后|内|之内|以内)", RegexOptions.CultureInvariant)]
    private static partial Regex Span();
}
