using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using ServiceBot.Application.Cases.Common;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Sla;

namespace ServiceBot.Bot.Console.Shared;

/// <summary>How the console writes dates, lights, remaining time and rates, the same on every page.</summary>
public static class Display
{
    public static string Time(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset? at) => at is { } value ? Time(value) : "—";

    /// <summary>乡镇 · 行业 as far as they are known.</summary>
    public static string TownAndIndustry(string? town, string? industry) =>
        string.Join(" · ", new[] { town, industry }.Where(x => !string.IsNullOrWhiteSpace(x))) is { Length: > 0 } known ? known : "未登记";

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string LightClass(TrafficLight light) => light switch
    {
        TrafficLight.Red => "light light-red",
        TrafficLight.Yellow => "light light-yellow",
        TrafficLight.Blue => "light light-blue",
        _ => "light light-none",
    };

    public static string LightName(TrafficLight light) => light switch
    {
        TrafficLight.Red => "红灯",
        TrafficLight.Yellow => "黄灯",
        TrafficLight.Blue => "蓝灯",
        _ => "正常",
    };

    /// <summary>The deadline as people say it: working-day clocks end at 24:00 of their due day.</summary>
    public static string Due(ClockView clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var due = clock.IsWorkingDays ? $"{Day(clock.DueDate)} 24:00" : Time(clock.DueAt);
        return clock.Provisional ? due + "（暂定）" : due;
    }

    /// <summary>Remaining working days as the calendar counts them (0 = due today), or the state of a clock that is not counting.</summary>
    public static string Remaining(ClockView clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.Status switch
        {
            ClockStatus.Completed => clock.MetDeadline == true ? "按时完成" : "超时完成",
            ClockStatus.Cancelled => "已取消",
            ClockStatus.Paused => "暂停计时（等待企业补充）",
            _ when clock.Overdue => clock.RemainingWorkingDays is { } late && late < 0 ? $"已超期{-late}个工作日" : "已超期",
            _ => clock.RemainingWorkingDays switch
            {
                0 => "今日到期",
                { } days => $"剩余{days}个工作日",
                null => $"{clock.DueAt:HH:mm}前",
            },
        };
    }

    public static string Percent(double? rate) => rate is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    public static string Score(double? score) => score is { } s ? s.ToString("0.0", CultureInfo.InvariantCulture) : "—";

    public static string Urgency(CaseUrgency urgency) => urgency == CaseUrgency.Urgent ? "紧急" : "一般";

    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / 1024d / 1024d).ToString("0.0", CultureInfo.InvariantCulture) + " MB"
        : Math.Max(1, bytes / 1024).ToString(CultureInfo.InvariantCulture) + " KB";

    /// <summary>The current address with one query value replaced (or removed when null), for pagers and filters.</summary>
    public static string With(HttpRequest request, string key, string? value)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query.Where(q => !string.Equals(q.Key, key, StringComparison.OrdinalIgnoreCase) && !string.Equals(q.Key, "handler", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .ToList();
        if (value is not null)
        {
            query.Add(new KeyValuePair<string, string?>(key, value));
        }

        return QueryHelpers.AddQueryString(request.Path, query);
    }
}
