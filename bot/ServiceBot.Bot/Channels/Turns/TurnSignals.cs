using System.Collections.Concurrent;
using ServiceBot.Infrastructure.Channels;

namespace ServiceBot.Bot.Channels.Turns;

/// <summary>
/// Lets a request that must answer with its turn's outcome (<c>expectReplies</c>, <c>invoke</c>) wait for it: woken
/// at once when this instance processed the turn, and looking in the database at a short interval in case another
/// instance did.
/// </summary>
internal sealed class TurnSignals(IServiceScopeFactory scopes, TimeProvider time)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);
    private readonly ConcurrentDictionary<long, TaskCompletionSource> _waiting = new();

    public void Completed(long inboundId)
    {
        if (_waiting.TryRemove(inboundId, out var waiter))
        {
            waiter.TrySetResult();
        }
    }

    /// <summary>The turn's outcome, or null when it was not processed within <paramref name="timeout"/>.</summary>
    public async Task<TurnOutcome?> WaitAsync(long inboundId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var waiter = _waiting.GetOrAdd(inboundId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        try
        {
            using var deadline = new CancellationTokenSource(timeout, time);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
            while (true)
            {
                // Registered before looking, so a completion between the look and the wait is not missed.
                await using (var scope = scopes.CreateAsyncScope())
                {
                    var outcome = await scope.ServiceProvider.GetRequiredService<ConversationTurns>().OutcomeAsync(inboundId, cancellationToken).ConfigureAwait(false);
                    if (outcome is not null)
                    {
                        return outcome;
                    }
                }

                if (deadline.IsCancellationRequested)
                {
                    return null;
                }

                await Task.WhenAny(waiter.Task, Task.Delay(PollInterval, time, stop.Token)).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        finally
        {
            _waiting.TryRemove(inboundId, out _);
        }
    }
}
