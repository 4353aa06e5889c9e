using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Calendar;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Infrastructure.Time;

/// <summary>
/// The deadline calculator over the holiday notices stored in the database. Loaded at start-up after seeding, and
/// rebuilt whenever an admin imports a year; readers always see one complete calendar.
/// </summary>
internal sealed class DatabaseCalendarProvider(IServiceScopeFactory scopes, IOptions<RegionalOptions> regional) : ICalendarProvider
{
    private volatile DeadlineCalculator? _deadlines;

    public DeadlineCalculator Deadlines => _deadlines ?? throw new InvalidOperationException("The working calendar has not been loaded yet.");

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceBotDbContext>();
        var records = await db.HolidayNotices.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var years = records.Select(r => new HolidayYear(r.Year, r.Notice, r.DaysOff.ToHashSet(), r.MakeUpWorkdays.ToHashSet()));
        _deadlines = new DeadlineCalculator(new WorkingCalendar(years), regional.Value.ResolveTimeZone());
    }
}
