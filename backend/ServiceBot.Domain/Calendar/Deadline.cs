namespace ServiceBot.Domain.Calendar;

/// <summary>
/// When a clock runs out. <see cref="Due"/> is the instant in the service's time zone (24:00 of the last working day
/// is the next day's 00:00); <see cref="DueDate"/> is the last day as people say it; <see cref="Provisional"/> means
/// the count crossed a year whose holiday notice is not loaded.
/// </summary>
public sealed record Deadline(DateTimeOffset Due, DateOnly DueDate, bool Provisional);
