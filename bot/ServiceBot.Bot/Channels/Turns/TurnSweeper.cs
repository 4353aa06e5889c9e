using Microsoft.Extensions.Options;
using ServiceBot.Infrastructure.Channels;

namespace ServiceBot.Bot.Channels.Turns;

/// <summary>
/// Finds conversations whose turns wait without anyone working on them (an instance died mid-turn and its lease ran
/// out, or the host restarted) and wakes the runner for them: at start-up and every
/// <see cref="ChannelOptions.SweepInterval"/>.
/// </summary>
internal sealed partial class TurnSweeper(IServiceScopeFactory scopes, TurnRunner runner, IOptions<ChannelOptions> options, TimeProvider time, ILogger<TurnSweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using (var scope = scopes.CreateAsyncScope())
                {
                    var stranded = await scope.ServiceProvider.GetRequiredService<ConversationTurns>()
                        .StrandedAsync(options.Value.SweepInterval, 200, stoppingToken).ConfigureAwait(false);
                    foreach (var conversation in stranded)
                    {
                        runner.Wake(conversation);
                    }
                }

                await Task.Delay(options.Value.SweepInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogSweepFailed(logger, ex);
                await Task.Delay(options.Value.SweepInterval, time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await runner.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 424, Level = LogLevel.Error, Message = "Looking for waiting turns failed; retrying")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
