using System.ComponentModel.DataAnnotations;

namespace ServiceBot.Bot.Console;

/// <summary>Configuration section <c>Console</c>: the staff console in the browser.</summary>
internal sealed class ConsoleOptions
{
    public const string SectionName = "Console";

    /// <summary>
    /// How often each open console page's live unread count looks at the database. Polling per connection keeps
    /// several host instances on one database right without a message bus; the query is one indexed count.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan UnreadPollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
