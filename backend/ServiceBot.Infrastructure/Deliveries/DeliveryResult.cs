namespace ServiceBot.Infrastructure.Deliveries;

/// <summary>What became of one attempt to send a delivery.</summary>
public sealed record DeliveryResult(DeliveryStatus Status, string? Reason = null, TimeSpan? RetryAfter = null)
{
    public static DeliveryResult Delivered { get; } = new(DeliveryStatus.Delivered);

    /// <summary>A passing failure (network, 5xx, throttling): try again later.</summary>
    public static DeliveryResult Retry(string reason, TimeSpan? after = null) => new(DeliveryStatus.Retry, reason, after);

    /// <summary>The target refused it for good (gone, forbidden, malformed): do not try again.</summary>
    public static DeliveryResult Failed(string reason) => new(DeliveryStatus.Failed, reason);
}
