using ServiceBot.Domain.Calendar;

namespace ServiceBot.Infrastructure.Time;

/// <summary>One year's holiday notice as stored; admins import new years, the shipped file seeds 2025 and 2026.</summary>
internal sealed class HolidayNoticeRecord
{
    public int Year { get; set; }

    public string Notice { get; set; } = string.Empty;

    public List<DateOnly> DaysOff { get; set; } = [];

    public List<DateOnly> MakeUpWorkdays { get; set; } = [];

    public DateTimeOffset ImportedAt { get; set; }

    public HolidayYear ToHolidayYear() => new(Year, Notice, DaysOff.ToHashSet(), MakeUpWorkdays.ToHashSet());
}
