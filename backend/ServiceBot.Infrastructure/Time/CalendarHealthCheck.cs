using Microsoft.Extensions.Diagnostics.HealthChecks;
using ServiceBot.Application.Calendar;

namespace ServiceBot.Infrastructure.Time;

/// <summary>
/// Part of <c>/readyz</c>: degraded (still ready, with the reason in the details) while a holiday notice that should
/// be loaded is missing, because deadlines in that year are then provisional.
/// </summary>
internal sealed class CalendarHealthCheck(DatabaseCalendarProvider calendar) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var loaded = string.Join(",", calendar.Deadlines.Calendar.LoadedYears);
        var missing = calendar.WarnIfNoticeMissing();
        var data = new Dictionary<string, object> { ["loadedYears"] = loaded };
        if (missing is not { } year)
        {
            return Task.FromResult(HealthCheckResult.Healthy($"节假日安排已导入：{loaded}", data));
        }

        data["missingYear"] = year;
        return Task.FromResult(HealthCheckResult.Degraded(HolidayCalendarView.MissingWarning(year), data: data));
    }
}
