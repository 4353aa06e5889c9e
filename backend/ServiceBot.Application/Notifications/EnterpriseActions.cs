namespace ServiceBot.Application.Notifications;

/// <summary>Buttons that recur under messages to enterprises.</summary>
internal static class EnterpriseActions
{
    public static ChatAction Progress(string caseNumber) => new("查看进度", $"查询进度 {caseNumber}");
}
