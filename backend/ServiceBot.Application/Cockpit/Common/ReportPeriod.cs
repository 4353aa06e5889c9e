using System.Globalization;
using ServiceBot.Domain.Calendar;

namespace ServiceBot.Application.Cockpit.Common;

/// <summary>
/// A month, quarter or calendar year, as days in China time. Written <c>2026-11</c>, <c>2026-Q4</c> or <c>2026</c> in
/// URLs. Instants belong to the period when their China date does; due dates when the date itself does.
/// </summary>
public sealed record ReportPeriod(ReportPeriodKind Kind, int Year, int Index)
{
    /// <summary>How to write a period, said to whoever wrote one that cannot be read.</summary>
    public const string FormatHint = "请按“2026-11”（月）、“2026-Q4”（季度）或“2026”（年）填写考核期。";

    public DateOnly FirstDay => Kind switch
    {
        ReportPeriodKind.Month => new DateOnly(Year, Index, 1),
        ReportPeriodKind.Quarter => new DateOnly(Year, ((Index - 1) * 3) + 1, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    public DateOnly LastDay => Kind switch
    {
        ReportPeriodKind.Month => FirstDay.AddMonths(1).AddDays(-1),
        ReportPeriodKind.Quarter => FirstDay.AddMonths(3).AddDays(-1),
        _ => new DateOnly(Year, 12, 31),
    };

    public string Key => Kind switch
    {
        ReportPeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Index:D2}"),
        ReportPeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Index}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    public string Label => Kind switch
    {
        ReportPeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Year}年{Index}月"),
        ReportPeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year}年第{"一二三四"[Index - 1]}季度"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year}年"),
    };

    public static ReportPeriod MonthOf(DateOnly date) => new(ReportPeriodKind.Month, date.Year, date.Month);

    /// <summary>Reads <c>2026-11</c>, <c>2026-Q4</c> or <c>2026</c> (years 2000–2100).</summary>
    public static bool TryParse(string? text, out ReportPeriod period)
    {
        period = MonthOf(new DateOnly(2000, 1, 1));
        var value = text?.Trim().ToUpperInvariant() ?? string.Empty;
        var parts = value.Split('-');
        if (parts.Length is < 1 or > 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
        {
            return false;
        }

        if (parts.Length == 1)
        {
            period = new ReportPeriod(ReportPeriodKind.Year, year, 1);
            return true;
        }

        if (parts[1].StartsWith('Q') && int.TryParse(parts[1][1..], NumberStyles.None, CultureInfo.InvariantCulture, out var quarter) && quarter is >= 1 and <= 4)
        {
            period = new ReportPeriod(ReportPeriodKind.Quarter, year, quarter);
            return true;
        }

        if (int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            period = new ReportPeriod(ReportPeriodKind.Month, year, month);
            return true;
        }

        return false;
    }

    /// <summary>The instants the period spans: from 00:00 of its first day to 24:00 of its last, China time.</summary>
    public (DateTimeOffset Start, DateTimeOffset End) Instants(DeadlineCalculator deadlines)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        return (deadlines.EndOfDay(FirstDay.AddDays(-1)), deadlines.EndOfDay(LastDay));
    }

    /// <summary>The months of the period, in order.</summary>
    public IReadOnlyList<ReportPeriod> Months()
    {
        var months = new List<ReportPeriod>();
        for (var day = FirstDay; day <= LastDay; day = day.AddMonths(1))
        {
            months.Add(MonthOf(day));
        }

        return months;
    }

    /// <summary>The period of the same length before this one.</summary>
    public ReportPeriod Previous() => Kind switch
    {
        ReportPeriodKind.Month => MonthOf(FirstDay.AddMonths(-1)),
        ReportPeriodKind.Quarter => Index == 1 ? new ReportPeriod(Kind, Year - 1, 4) : this with { Index = Index - 1 },
        _ => this with { Year = Year - 1 },
    };

    public override string ToString() => Key;
}
