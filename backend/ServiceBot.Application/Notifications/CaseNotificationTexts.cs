using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Time;

namespace ServiceBot.Application.Notifications;

/// <summary>Formats what notifications say: dates in China time, bureaus by name.</summary>
public sealed class CaseNotificationTexts(ICalendarProvider calendar, IApplicationDbContext db)
{
    private Dictionary<string, string>? _bureauNames;

    /// <summary>A due instant as people say it: 24:00 deadlines read as the end of that day.</summary>
    public string When(DateTimeOffset due)
    {
        var local = calendar.Deadlines.ToLocal(due);
        return local.TimeOfDay == TimeSpan.Zero
            ? local.AddDays(-1).ToString("M月d日（dddd）24时", CultureInfo.GetCultureInfo("zh-CN"))
            : local.ToString("M月d日 HH:mm", CultureInfo.GetCultureInfo("zh-CN"));
    }

    public string Bureau(string code)
    {
        _bureauNames ??= db.Bureaus.AsNoTracking().ToDictionary(b => b.Code, b => b.Name, StringComparer.Ordinal);
        return _bureauNames.TryGetValue(code, out var name) ? name : code;
    }
}
