namespace ServiceBot.Dialogs.Flows.Common;

/// <summary>Dates as people read them in the chat: 2026年11月24日（星期二）.</summary>
internal static class ChineseDate
{
    public static string Format(DateOnly date) =>
        CommonTexts.Format("Date", date.Year, date.Month, date.Day, CommonTexts.Get("Weekday" + (int)date.DayOfWeek));

    public static string Format(DateTimeOffset instant) =>
        CommonTexts.Format("DateTime", instant.Year, instant.Month, instant.Day, instant.Hour, instant.Minute);
}
