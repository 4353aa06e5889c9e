using ServiceBot.Domain.Calendar;

namespace ServiceBot.Application.Common.Time;

/// <summary>The stored holiday notices (放假调休安排), one per year.</summary>
public interface IHolidayNoticeStore
{
    /// <summary>Adds the given years and replaces those already stored (a corrected notice); returns every stored year.</summary>
    Task<IReadOnlyList<HolidayYear>> SaveAsync(IReadOnlyList<HolidayYear> years, CancellationToken cancellationToken);

    Task<IReadOnlyList<HolidayYearRecord>> ListAsync(CancellationToken cancellationToken);
}

/// <summary>A stored year's notice and when it was imported.</summary>
public sealed record HolidayYearRecord(HolidayYear Year, DateTimeOffset ImportedAt);
