using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Calendar;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Calendar;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Infrastructure.Time;

/// <summary>
/// The deadline calculator over the holiday notices stored in the database. Loaded at start-up after seeding,
/// replaced at once when an admin imports a year on this instance, and refreshed by the deadline sweep when
/// another instance imported one; readers always see one complete calendar.
/// </summary>
internal sealed partial class DatabaseCalendarProvider(
    IServiceScopeFactory scopes, IOptions<RegionalOptions> regional, TimeProvider time, ILogger<DatabaseCalendarProvider> logger) : ICalendarProvider
{
    private volatile DeadlineCalculator? _deadlines;
    private volatile string _stamp = string.Empty;
    private DateOnly _warnedOn;

    public DeadlineCalculator Deadlines => _deadlines ?? throw new InvalidOperationException("The working calendar has not been loaded yet.");

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>();
        var records = await db.HolidayNotices.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        Use(records.Select(r => r.ToHolidayYear()));
        _stamp = Stamp(records.Count, records.Select(r => r.ImportedAt).DefaultIfEmpty().Max());
    }

    public void Use(IEnumerable<HolidayYear> years)
    {
        _deadlines = new DeadlineCalculator(new WorkingCalendar(years), regional.Value.ResolveTimeZone());
        WarnIfNoticeMissing();
    }

    /// <summary>Reloads when the stored notices differ from the loaded ones (an import on another instance).</summary>
    public async Task RefreshIfChangedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>();
        var count = await db.HolidayNotices.CountAsync(cancellationToken).ConfigureAwait(false);
        var latest = count == 0 ? default : await db.HolidayNotices.MaxAsync(h => h.ImportedAt, cancellationToken).ConfigureAwait(false);
        if (Stamp(count, latest) != _stamp)
        {
            await ReloadAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The year whose notice is missing today, logged as a warning at most once a day.</summary>
    public int? WarnIfNoticeMissing()
    {
        var deadlines = Deadlines;
        var today = deadlines.LocalDate(time.GetUtcNow());
        var missing = deadlines.Calendar.MissingNoticeYear(today);
        if (missing is { } year && _warnedOn != today)
        {
            _warnedOn = today;
            LogNoticeMissing(logger, year, HolidayCalendarView.MissingWarning(year)!);
        }

        return missing;
    }

    private static string Stamp(int count, DateTimeOffset latest) => $"{count}/{latest.UtcTicks}";

    [LoggerMessage(EventId = 320, Level = LogLevel.Warning, Message = "The holiday notice for {Year} is not loaded: {Warning}")]
    private static partial void LogNoticeMissing(ILogger logger, int year, string warning);
}
