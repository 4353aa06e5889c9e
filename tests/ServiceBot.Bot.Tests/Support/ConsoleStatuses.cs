namespace ServiceBot.Bot.Tests.Support;

/// <summary>A console page's answer for each of several users, written <c>user:status,…</c> so a failure names who got what.</summary>
internal static class ConsoleStatuses
{
    public static async Task<string> OfAsync(IEnumerable<string> users, Func<string, Task<ConsoleBrowser>> browserFor, string path)
    {
        ArgumentNullException.ThrowIfNull(browserFor);
        var statuses = new List<int>();
        foreach (var user in users)
        {
            statuses.Add((int)(await (await browserFor(user)).GetAsync(path)).StatusCode);
        }

        return Expected(users, statuses);
    }

    public static string Expected(IEnumerable<string> users, IEnumerable<int> statuses) => string.Join(",", users.Zip(statuses, (u, s) => $"{u}:{s}"));
}
