using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Calendar;

namespace ServiceBot.Application.Calendar;

/// <summary>The loaded holiday notices, and the year whose notice is missing (from November on, the next one).</summary>
public sealed record HolidayCalendarView(IReadOnlyList<HolidayYearView> Years, int? MissingYear, string? Warning, string TimeZone, int RecountedClocks = 0)
{
    public static HolidayCalendarView From(IEnumerable<HolidayYearRecord> records, DeadlineCalculator deadlines, DateTimeOffset now, int recountedClocks = 0)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        var missing = deadlines.Calendar.MissingNoticeYear(deadlines.LocalDate(now));
        return new HolidayCalendarView(
            records.OrderBy(r => r.Year.Year).Select(r => new HolidayYearView(
                r.Year.Year, r.Year.Notice, [.. r.Year.DaysOff.Order()], [.. r.Year.MakeUpWorkdays.Order()], deadlines.ToLocal(r.ImportedAt))).ToList(),
            missing,
            MissingWarning(missing),
            deadlines.TimeZone.Id,
            recountedClocks);
    }

    public static string? MissingWarning(int? missingYear) => missingYear is { } year
        ? $"尚未导入{year}年的节假日安排（国务院办公厅放假调休通知）：涉及{year}年的时限暂按周末计算并标为“暂定”，请管理员尽快导入。"
        : null;
}

public sealed record HolidayYearView(int Year, string Notice, IReadOnlyList<DateOnly> DaysOff, IReadOnlyList<DateOnly> MakeUpWorkdays, DateTimeOffset ImportedAt);
