using static ServiceBot.Testing.TestCalendars;

namespace ServiceBot.Domain.Tests.Calendar;

public sealed class WorkingCalendarTests
{
    [Theory]
    [InlineData("2026-10-31", null)]
    // From November the next year's notice is expected (the State Council publishes it in late autumn).
    [InlineData("2026-11-01", 2027)]
    [InlineData("2026-11-22", 2027)]
    [InlineData("2025-11-22", null)]
    // A date in a year without any notice asks for that year first.
    [InlineData("2027-03-01", 2027)]
    public void MissingNoticeYear_NamesTheYearToLoad_FromNovemberOn(string today, int? expected)
    {
        var missing = China2025To2026.MissingNoticeYear(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, missing);
    }

    [Theory]
    [InlineData("2026-02-14", true)]
    [InlineData("2026-02-28", true)]
    [InlineData("2026-02-16", false)]
    [InlineData("2025-09-28", true)]
    [InlineData("2026-10-10", true)]
    [InlineData("2026-10-11", false)]
    // 2027 is not loaded: weekends only, so even New Year's Day counts (provisionally).
    [InlineData("2027-01-01", true)]
    public void IsWorkingDay_FollowsNoticeAndWeekends(string date, bool expected)
    {
        Assert.Equal(expected, China2025To2026.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
