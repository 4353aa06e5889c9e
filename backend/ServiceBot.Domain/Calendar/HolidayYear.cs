namespace ServiceBot.Domain.Calendar;

/// <summary>
/// One year's 放假调休 arrangement from the State Council's notice: the days off, and the weekend days that are
/// working days (调休上班). Every other Saturday and Sunday is off and every other weekday is a working day.
/// </summary>
public sealed record HolidayYear(int Year, string Notice, IReadOnlySet<DateOnly> DaysOff, IReadOnlySet<DateOnly> MakeUpWorkdays);
