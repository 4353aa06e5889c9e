using System.Globalization;
using ServiceBot.Application.Conversations.Handoffs;

namespace ServiceBot.Bot.Console.Handoffs;

/// <summary>How the handoff pages name a handoff's status and its user, and say how long someone has waited.</summary>
public static class HandoffDisplay
{
    public static string Status(HandoffStatus status) => status switch
    {
        HandoffStatus.Waiting => "等待接入",
        HandoffStatus.Active => "人工服务中",
        _ => "已结束",
    };

    public static string StatusClass(HandoffStatus status) => status switch
    {
        HandoffStatus.Waiting => "tag tag-urgent",
        HandoffStatus.Active => "tag tag-active",
        _ => "tag",
    };

    /// <summary>The enterprise when the chat user is linked to one, else 匿名访客.</summary>
    public static string Who(HandoffView handoff)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        return handoff.EnterpriseName ?? "匿名访客";
    }

    /// <summary>A duration as people say it: 不到1分钟, 12分钟, 1小时5分钟, 2天3小时.</summary>
    public static string Elapsed(TimeSpan elapsed) => elapsed switch
    {
        { TotalMinutes: < 1 } => "不到1分钟",
        { TotalHours: < 1 } => $"{Whole(elapsed.TotalMinutes)}分钟",
        { TotalDays: < 1 } => elapsed.Minutes == 0 ? $"{Whole(elapsed.TotalHours)}小时" : $"{Whole(elapsed.TotalHours)}小时{elapsed.Minutes}分钟",
        _ => elapsed.Hours == 0 ? $"{Whole(elapsed.TotalDays)}天" : $"{Whole(elapsed.TotalDays)}天{elapsed.Hours}小时",
    };

    private static string Whole(double value) => Math.Floor(value).ToString(CultureInfo.InvariantCulture);
}
