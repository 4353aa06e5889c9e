namespace ServiceBot.Infrastructure.Notifications;

/// <summary>One group robot webhook: its service, its URL, and the 加签 secret when DingTalk's signing is on.</summary>
public sealed class WebhookTarget
{
    public WebhookKind Kind { get; set; }

    public Uri? Url { get; set; }

    /// <summary>DingTalk's <c>SEC…</c> signing secret; leave empty when the robot uses keywords or an IP list instead.</summary>
    public string? Secret { get; set; }
}
