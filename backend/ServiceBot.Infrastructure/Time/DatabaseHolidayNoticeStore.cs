using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Calendar;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Infrastructure.Time;

/// <summary>The <c>HolidayNotices</c> table, in the caller's database context (and transaction).</summary>
internal sealed class DatabaseHolidayNoticeStore(ServiceBotDbContext db, TimeProvider time) : IHolidayNoticeStore
{
    public async Task<IReadOnlyList<HolidayYear>> SaveAsync(IReadOnlyList<HolidayYear> years, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(years);
        var numbers = years.Select(y => y.Year).ToList();
        var stored = await db.HolidayNotices.Where(h => numbers.Contains(h.Year)).ToDictionaryAsync(h => h.Year, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        foreach (var year in years)
        {
            if (!stored.TryGetValue(year.Year, out var record))
            {
                record = new HolidayNoticeRecord { Year = year.Year };
                db.HolidayNotices.Add(record);
            }

            record.Notice = year.Notice;
            record.DaysOff = [.. year.DaysOff.Order()];
            record.MakeUpWorkdays = [.. year.MakeUpWorkdays.Order()];
            record.ImportedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (await ListAsync(cancellationToken).ConfigureAwait(false)).Select(r => r.Year).ToList();
    }

    public async Task<IReadOnlyList<HolidayYearRecord>> ListAsync(CancellationToken cancellationToken)
    {
        var records = await db.HolidayNotices.AsNoTracking().OrderBy(h => h.Year).ToListAsync(cancellationToken).ConfigureAwait(false);
        return records.Select(r => new HolidayYearRecord(r.ToHolidayYear(), r.ImportedAt)).ToList();
    }
}
