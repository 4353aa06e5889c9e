using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ServiceBot.Infrastructure.Deliveries;

/// <summary>Runs the delivery processor whenever a queued delivery is committed and at the poll interval otherwise.</summary>
internal sealed partial class DeliveryDispatcher(DeliveryProcessor processor, DeliverySignal signal, TimeProvider time, IOptions<DeliveryOptions> options, ILogger<DeliveryDispatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await processor.ProcessPendingAsync(stoppingToken).ConfigureAwait(false);
                await signal.WaitAsync(options.Value.PollInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A database outage must not kill the dispatcher: log, wait a poll interval, try again.
                LogLoopFailed(logger, ex);
                await Task.Delay(options.Value.PollInterval, time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(EventId = 302, Level = LogLevel.Error, Message = "The delivery dispatcher loop failed; retrying")]
    private static partial void LogLoopFailed(ILogger logger, Exception exception);
}
