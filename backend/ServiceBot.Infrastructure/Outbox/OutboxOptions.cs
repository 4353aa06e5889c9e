using System.ComponentModel.DataAnnotations;

namespace ServiceBot.Infrastructure.Outbox;

/// <summary>Configuration section <c>Outbox</c>.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>How often to look for events when nobody rang (events from other host instances, retries).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long an instance owns a message it is dispatching before another may take it over.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromSeconds(60);

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>Attempts after which a failing message is left for an operator (it stays in the table).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 12;

    /// <summary>Run the background dispatcher. Tests switch it off and call the processor themselves.</summary>
    public bool Enabled { get; set; } = true;
}
