using ServiceBot.Domain.Calendar;

namespace ServiceBot.Testing;

/// <summary>The shipped 2025–2026 holiday notices and China time, as production loads them.</summary>
public static class TestCalendars
{
    private static readonly Lazy<WorkingCalendar> Shipped = new(Load);

    public static TimeZoneInfo ChinaTime { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static WorkingCalendar China2025To2026 => Shipped.Value;

    public static DeadlineCalculator Deadlines { get; } = new(Shipped.Value, ChinaTime);

    /// <summary>An instant given as China local time.</summary>
    public static DateTimeOffset China(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    private static WorkingCalendar Load()
    {
        using var stream = typeof(TestCalendars).Assembly.GetManifestResourceStream("cn-holidays.json")
            ?? throw new InvalidOperationException("cn-holidays.json is not embedded.");
        using var reader = new StreamReader(stream);
        var years = HolidayNoticeFormat.Parse(reader.ReadToEnd());
        return new WorkingCalendar(years.Value);
    }
}
