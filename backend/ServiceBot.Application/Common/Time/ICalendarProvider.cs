using ServiceBot.Domain.Calendar;

namespace ServiceBot.Application.Common.Time;

/// <summary>The deadline calculator over the holiday notices loaded now; an admin import replaces it at once.</summary>
public interface ICalendarProvider
{
    DeadlineCalculator Deadlines { get; }

    /// <summary>Rebuilds the calculator after the stored notices changed.</summary>
    Task ReloadAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the calculator with one over <paramref name="years"/>, as just stored by an import.</summary>
    void Use(IEnumerable<HolidayYear> years);
}
