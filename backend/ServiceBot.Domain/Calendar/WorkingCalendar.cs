namespace ServiceBot.Domain.Calendar;

/// <summary>
/// Chinese working days from the loaded holiday notices. A date in a year without a loaded notice is judged
/// by weekends only and reported as provisional, because holidays cannot be derived: they are announced yearly.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly HashSet<DateOnly> _daysOff = [];
    private readonly HashSet<DateOnly> _makeUpWorkdays = [];
    private readonly SortedDictionary<int, HolidayYear> _years = [];

    public WorkingCalendar(IEnumerable<HolidayYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        foreach (var year in years)
        {
            if (!_years.TryAdd(year.Year, year))
            {
                throw new ArgumentException($"Year {year.Year} is given twice.", nameof(years));
            }

            _daysOff.UnionWith(year.DaysOff);
            _makeUpWorkdays.UnionWith(year.MakeUpWorkdays);
        }
    }

    /// <summary>The years whose notice is loaded, in order.</summary>
    public IReadOnlyCollection<int> LoadedYears => _years.Keys;

    public IReadOnlyCollection<HolidayYear> Years => _years.Values;

    public bool IsLoaded(int year) => _years.ContainsKey(year);

    /// <summary>
    /// The year whose notice should be loaded by <paramref name="today"/> and is not: the current year, or, from
    /// November on (the State Council publishes the next year's arrangement in late autumn), the next one.
    /// </summary>
    public int? MissingNoticeYear(DateOnly today)
    {
        if (!IsLoaded(today.Year))
        {
            return today.Year;
        }

        return today.Month >= 11 && !IsLoaded(today.Year + 1) ? today.Year + 1 : null;
    }

    public bool IsWorkingDay(DateOnly date)
    {
        if (_daysOff.Contains(date))
        {
            return false;
        }

        return _makeUpWorkdays.Contains(date) || date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>
    /// The <paramref name="workingDays"/>-th working day after <paramref name="start"/>; the start day itself never
    /// counts. <paramref name="provisional"/> is true when a year without a loaded notice was crossed.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays, out bool provisional)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        provisional = false;
        var date = start;
        var counted = 0;
        while (counted < workingDays)
        {
            date = date.AddDays(1);
            provisional |= !IsLoaded(date.Year);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }

    /// <summary>The working days after <paramref name="fromExclusive"/> up to and including <paramref name="toInclusive"/>.</summary>
    public int CountWorkingDays(DateOnly fromExclusive, DateOnly toInclusive)
    {
        var count = 0;
        for (var date = fromExclusive.AddDays(1); date <= toInclusive; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The first working day on or after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDayOnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }
}
