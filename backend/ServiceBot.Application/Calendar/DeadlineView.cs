namespace ServiceBot.Application.Calendar;

/// <summary>
/// A computed deadline in the service's time zone. <see cref="Due"/> is the instant the clock runs out (for working
/// days, 24:00 of <see cref="DueDate"/>, written as the next day's 00:00); <see cref="Provisional"/> means the count
/// crossed a year whose holiday notice is not loaded, so weekends alone were skipped.
/// </summary>
public sealed record DeadlineView(
    DateTimeOffset Due,
    DateOnly DueDate,
    bool Provisional,
    DateTimeOffset From,
    int? WorkingDays,
    double? Hours,
    string TimeZone,
    string Explanation);
