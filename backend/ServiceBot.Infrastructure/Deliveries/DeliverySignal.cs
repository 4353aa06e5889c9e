namespace ServiceBot.Infrastructure.Deliveries;

/// <summary>A doorbell between whoever queues a delivery and the dispatcher: many rings while it is busy count as one.</summary>
public sealed class DeliverySignal : IDisposable
{
    private readonly SemaphoreSlim _ring = new(0, 1);

    public void Notify()
    {
        try
        {
            _ring.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already rung; the dispatcher will look once more anyway.
        }
    }

    public void Dispose() => _ring.Dispose();

    /// <summary>Waits for a ring or for <paramref name="timeout"/> on <paramref name="time"/>, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var ring = _ring.WaitAsync(stop.Token);
        var delay = Task.Delay(timeout, time, stop.Token);
        await Task.WhenAny(ring, delay).ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
