using System.ComponentModel.DataAnnotations;

namespace ServiceBot.Bot.Console;

/// <summary>Configuration section <c>Console</c>: the staff console in the browser.</summary>
public sealed class ConsoleOptions
{
    public const string SectionName = "Console";

    /// <summary>
    /// How often each open console page's live unread count looks at the database. Polling per connection keeps
    /// several host instances on one database right without a message bus; the query is one indexed count.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan UnreadPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How often an open handoff conversation page asks for the user's new messages (a small fragment of the page).
    /// Short, because the staff member is in a live chat; each ask is one indexed read.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan HandoffPollInterval { get; set; } = TimeSpan.FromSeconds(3);
}
