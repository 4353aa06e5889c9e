namespace ServiceBot.Infrastructure.Deliveries;

/// <summary>
/// Sends deliveries of one <see cref="Kind"/>. The host registers the senders it has (conversations, webhooks); a
/// delivery of a kind nobody sends waits.
/// </summary>
public interface IDeliverySender
{
    string Kind { get; }

    /// <remarks>
    /// May be called again for the same delivery after a crash between sending and recording it; senders that can
    /// make a repeat harmless (the Direct Line transcript's idempotency key) do so.
    /// </remarks>
    Task<DeliveryResult> SendAsync(DeliveryItem delivery, CancellationToken cancellationToken);
}
