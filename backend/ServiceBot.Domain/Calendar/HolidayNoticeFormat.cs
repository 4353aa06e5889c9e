using System.Globalization;
using System.Text.Json;
using ServiceBot.Domain.Common;

namespace ServiceBot.Domain.Calendar;

/// <summary>
/// Reads the holiday-notice data format (see <c>cn-holidays-*.json</c>): years, each with named holidays giving an
/// inclusive <c>off</c> range and the <c>workdays</c> that are worked on a weekend (调休上班).
/// </summary>
public static class HolidayNoticeFormat
{
    public static Result<IReadOnlyList<HolidayYear>> Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("years", out var years) || years.ValueKind != JsonValueKind.Array)
            {
                return Invalid("文件中没有 years 数组。");
            }

            var result = new List<HolidayYear>();
            foreach (var year in years.EnumerateArray())
            {
                var parsed = ParseYear(year);
                if (!parsed.IsSuccess)
                {
                    return parsed.Error!;
                }

                result.Add(parsed.Value);
            }

            return result.Count == 0 ? Invalid("文件中没有任何年度安排。") : result;
        }
        catch (JsonException ex)
        {
            return Invalid($"不是有效的 JSON：{ex.Message}");
        }
    }

    private static Result<HolidayYear> ParseYear(JsonElement year)
    {
        if (!year.TryGetProperty("year", out var yearValue) || !yearValue.TryGetInt32(out var number) || number is < 2000 or > 2100)
        {
            return Invalid("每个年度须有 2000–2100 之间的 year。");
        }

        var notice = year.TryGetProperty("notice", out var n) ? n.GetString() ?? string.Empty : string.Empty;
        var off = new HashSet<DateOnly>();
        var workdays = new HashSet<DateOnly>();
        if (!year.TryGetProperty("holidays", out var holidays) || holidays.ValueKind != JsonValueKind.Array)
        {
            return Invalid($"{number} 年缺少 holidays 数组。");
        }

        foreach (var holiday in holidays.EnumerateArray())
        {
            var name = holiday.TryGetProperty("name", out var nm) ? nm.GetString() : "?";
            if (!holiday.TryGetProperty("off", out var range) || range.GetArrayLength() != 2
                || !TryDate(range[0], out var first) || !TryDate(range[1], out var last) || last < first || last.DayNumber - first.DayNumber > 31)
            {
                return Invalid($"{number} 年“{name}”的 off 须为起止两个日期（yyyy-MM-dd），且不超过一个月。");
            }

            for (var d = first; d <= last; d = d.AddDays(1))
            {
                off.Add(d);
            }

            if (holiday.TryGetProperty("workdays", out var worked))
            {
                foreach (var day in worked.EnumerateArray())
                {
                    if (!TryDate(day, out var date) || date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                    {
                        return Invalid($"{number} 年“{name}”的 workdays 只能是周六或周日（调休上班）。");
                    }

                    workdays.Add(date);
                }
            }
        }

        if (off.Concat(workdays).Any(d => Math.Abs(d.Year - number) > 1))
        {
            return Invalid($"{number} 年的日期超出了该年度前后范围。");
        }

        return new HolidayYear(number, notice, off, workdays);
    }

    private static bool TryDate(JsonElement element, out DateOnly date)
    {
        date = default;
        return element.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(element.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static Error Invalid(string message) => Error.Validation("calendar.notice.invalid", $"节假日安排文件格式不正确：{message}");
}
