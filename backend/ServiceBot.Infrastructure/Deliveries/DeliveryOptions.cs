using System.ComponentModel.DataAnnotations;
using ServiceBot.Infrastructure.Notifications;

namespace ServiceBot.Infrastructure.Deliveries;

/// <summary>Configuration section <c>Notifications</c>: how deliveries are retried, and the staff webhooks.</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Notifications";

    /// <summary>How often to look for due deliveries when nobody rang (retries, deliveries queued by other instances).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long an instance owns a delivery it is sending before another may take it over.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromSeconds(60);

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>Attempts after which a delivery is given up (it stays in the table with its last error).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 12;

    /// <summary>The longest wait between two attempts; the wait doubles from 2 s up to it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Run the background dispatcher. Tests switch it off and call the processor themselves.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Group robot webhooks by audience: a bureau code, <c>coordinators</c> or <c>leaders</c>. Staff notifications
    /// for an audience without one stay in the in-app inbox only.
    /// </summary>
    public Dictionary<string, WebhookTarget> Webhooks { get; } = new(StringComparer.Ordinal);
}
