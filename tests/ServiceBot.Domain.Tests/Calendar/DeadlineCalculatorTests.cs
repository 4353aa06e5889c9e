using static ServiceBot.Testing.TestCalendars;

namespace ServiceBot.Domain.Tests.Calendar;

/// <summary>The counting rule against the State Council's 2025 and 2026 notices.</summary>
public sealed class DeadlineCalculatorTests
{
    [Theory]
    // An ordinary week: Monday + 1 working day ends at 24:00 on Tuesday.
    [InlineData("2026-11-23T09:00:00+08:00", 1, "2026-11-25T00:00:00+08:00")]
    // Friday + 1 skips the weekend.
    [InlineData("2026-11-27T16:00:00+08:00", 1, "2026-12-01T00:00:00+08:00")]
    // Spring Festival 2026: Saturday 02-14 is a make-up working day, 02-15..02-23 are off.
    [InlineData("2026-02-13T09:00:00+08:00", 1, "2026-02-15T00:00:00+08:00")]
    [InlineData("2026-02-13T09:00:00+08:00", 2, "2026-02-25T00:00:00+08:00")]
    // Started on the make-up Saturday; Saturday 02-28 is worked too.
    [InlineData("2026-02-14T10:00:00+08:00", 7, "2026-03-04T00:00:00+08:00")]
    // National Day 2025: Sunday 09-28 is worked, 10-01..10-08 off, Saturday 10-11 worked.
    [InlineData("2025-09-26T09:00:00+08:00", 1, "2025-09-29T00:00:00+08:00")]
    [InlineData("2025-09-30T09:00:00+08:00", 3, "2025-10-12T00:00:00+08:00")]
    // Year boundary: New Year 2026 is off 01-01..01-03 and Sunday 01-04 is worked.
    [InlineData("2025-12-31T15:00:00+08:00", 1, "2026-01-05T00:00:00+08:00")]
    // Late evening UTC is already the next day in China: the start day is Tuesday 11-24.
    [InlineData("2026-11-23T17:30:00+00:00", 1, "2026-11-26T00:00:00+08:00")]
    // 16:00 UTC is exactly 00:00 in China: the start day is Wednesday 11-25, not Tuesday.
    [InlineData("2026-11-24T16:00:00+00:00", 1, "2026-11-27T00:00:00+08:00")]
    // New Year's Eve 16:30 UTC is 2026-01-01 00:30 in China, a holiday; the first working day is Sunday 01-04.
    [InlineData("2025-12-31T16:30:00+00:00", 1, "2026-01-05T00:00:00+08:00")]
    // Spring Festival 2025: Sunday 01-26 is worked, 01-28..02-04 off, Saturday 02-08 worked.
    [InlineData("2025-01-24T09:00:00+08:00", 1, "2025-01-27T00:00:00+08:00")]
    [InlineData("2025-01-24T09:00:00+08:00", 3, "2025-02-06T00:00:00+08:00")]
    // A clock started on the make-up Sunday itself: the start day never counts.
    [InlineData("2025-01-26T10:00:00+08:00", 1, "2025-01-28T00:00:00+08:00")]
    [InlineData("2025-02-07T09:00:00+08:00", 1, "2025-02-09T00:00:00+08:00")]
    // Labour Day 2025: Sunday 04-27 worked, 05-01..05-05 off.
    [InlineData("2025-04-25T09:00:00+08:00", 1, "2025-04-28T00:00:00+08:00")]
    [InlineData("2025-04-30T09:00:00+08:00", 1, "2025-05-07T00:00:00+08:00")]
    // National Day 2026: Sunday 09-20 worked, 10-01..10-07 off, Saturday 10-10 worked.
    [InlineData("2026-09-18T09:00:00+08:00", 1, "2026-09-21T00:00:00+08:00")]
    [InlineData("2026-09-30T09:00:00+08:00", 3, "2026-10-11T00:00:00+08:00")]
    // Started during the holiday: the count begins with the first working day after it.
    [InlineData("2026-10-03T11:00:00+08:00", 1, "2026-10-09T00:00:00+08:00")]
    public void AddWorkingDays_EndsAtMidnightAfterNthWorkingDay_WithLoadedNotices(string start, int days, string expected)
    {
        var deadline = Deadlines.AddWorkingDays(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture), days);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), deadline.Due);
        Assert.Equal(TimeSpan.FromHours(8), deadline.Due.Offset);
        Assert.False(deadline.Provisional);
    }

    [Fact]
    public void AddWorkingDays_IsProvisionalAndUsesWeekendsOnly_WhenYearIsNotLoaded()
    {
        var deadline = Deadlines.AddWorkingDays(China(2026, 12, 31, 9), 2);

        Assert.True(deadline.Provisional);
        Assert.Equal(new DateOnly(2027, 1, 4), deadline.DueDate);
        Assert.Equal(China(2027, 1, 5), deadline.Due);
    }

    [Fact]
    public void AddWorkingDays_NeverEndsOnNonWorkingDay_ForAnyStartIn2025And2026()
    {
        for (var day = new DateOnly(2025, 1, 1); day.Year < 2027; day = day.AddDays(1))
        {
            foreach (var n in new[] { 1, 2, 3, 7, 30 })
            {
                var deadline = Deadlines.AddWorkingDays(China(day.Year, day.Month, day.Day, 12), n);

                Assert.True(China2025To2026.IsWorkingDay(deadline.DueDate), $"{day} + {n} ended on {deadline.DueDate}");
                Assert.Equal(n, China2025To2026.CountWorkingDays(day, deadline.DueDate));
            }
        }
    }

    [Fact]
    public void AddWorkingDays_CountsWeekendsOnlyAndStaysProvisional_Within2027()
    {
        // 2027's Spring Festival falls in early February, but its notice is not loaded: weekends only.
        var deadline = Deadlines.AddWorkingDays(China(2027, 2, 5, 9), 3);

        Assert.Equal(new DateOnly(2027, 2, 10), deadline.DueDate);
        Assert.Equal(China(2027, 2, 11), deadline.Due);
        Assert.True(deadline.Provisional);
    }

    [Fact]
    public void AddWorkingDays_IsNotProvisional_WhenTheCountStaysInLoadedYears()
    {
        var deadline = Deadlines.AddWorkingDays(China(2026, 12, 24, 9), 4);

        Assert.Equal(new DateOnly(2026, 12, 30), deadline.DueDate);
        Assert.False(deadline.Provisional);
    }

    [Fact]
    public void AddHours_RunsThroughHolidays_ForNaturalHourClocks()
    {
        var deadline = Deadlines.AddHours(China(2026, 10, 1, 23), 2);

        Assert.Equal(China(2026, 10, 2, 1), deadline.Due);
    }

    [Fact]
    public void ExtendByPause_MovesDueByWorkingDaysPaused_WhenPauseSpansDays()
    {
        var original = Deadlines.AddWorkingDays(China(2026, 11, 23, 9), 7);

        var extended = Deadlines.ExtendByPause(original, China(2026, 11, 24, 10), China(2026, 11, 27, 15));

        Assert.Equal(new DateOnly(2026, 12, 2), original.DueDate);
        Assert.Equal(new DateOnly(2026, 12, 7), extended.DueDate);
    }

    [Fact]
    public void ExtendByPause_KeepsDue_WhenPausedAndResumedTheSameDay()
    {
        var original = Deadlines.AddWorkingDays(China(2026, 11, 23, 9), 7);

        var extended = Deadlines.ExtendByPause(original, China(2026, 11, 24, 9), China(2026, 11, 24, 17));

        Assert.Equal(original, extended);
    }
}
