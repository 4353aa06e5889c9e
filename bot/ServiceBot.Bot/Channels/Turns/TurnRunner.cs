using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Common.Security;
using ServiceBot.Bot.Channels.BotFramework;
using ServiceBot.Bot.Channels.DirectLine;
using ServiceBot.Bot.Channels.Protocol;
using ServiceBot.Dialogs.Turns;
using ServiceBot.Domain.Users;
using ServiceBot.Infrastructure.Channels;
using ServiceBot.Infrastructure.Deliveries;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Bot.Channels.Turns;

/// <summary>
/// Processes conversations' turns: one at a time and in arrival order within a conversation, several
/// conversations at once. A conversation is taken under its database lease (<see cref="ConversationTurns"/>), so
/// host instances sharing a database never process it at once; within this process a conversation runs on one task
/// at a time. Each turn runs in its own scope as the account linked to the conversation.
/// </summary>
/// <remarks>
/// A wake-up can race with the end of a run: the runner gives up its claim on the conversation and only then looks
/// for waiting turns once more, while the request that queued a turn committed it before waking the runner, so one
/// of the two always sees it. Turns left behind by a crashed instance are found by <see cref="TurnSweeper"/> once
/// the lease has run out.
/// </remarks>
internal sealed partial class TurnRunner(
    IServiceScopeFactory scopes, TurnSignals signals, IOptions<ChannelOptions> options, TimeProvider time, IHostApplicationLifetime lifetime, ILogger<TurnRunner> logger)
    : IDisposable
{
    private const string Apology = "抱歉，刚才处理您的消息时出了点问题，请稍后再试。";
    private readonly string _instance = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private readonly ConcurrentDictionary<string, byte> _running = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, byte> _inFlight = new();
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentConversations);

    /// <summary>Makes sure the conversation's waiting turns get processed, starting a run unless one is under way here.</summary>
    public void Wake(string conversationId)
    {
        if (_running.TryAdd(conversationId, 0))
        {
            var run = Task.Run(() => RunAsync(conversationId));
            _inFlight.TryAdd(run, 0);
            run.ContinueWith(done => _inFlight.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    /// <summary>
    /// Waits for the runs under way (stopping the host cancels a turn in progress, which stays queued) so that they give
    /// their leases back: another instance, or this one after a restart, picks the conversations up at once instead of
    /// after the lease ran out.
    /// </summary>
    public Task StopAsync(CancellationToken cancellationToken) => Task.WhenAll(_inFlight.Keys).WaitAsync(cancellationToken);

    public void Dispose() => _slots.Dispose();

    private async Task RunAsync(string conversationId)
    {
        var stopping = lifetime.ApplicationStopping;
        var registered = true;
        try
        {
            await _slots.WaitAsync(stopping).ConfigureAwait(false);
            try
            {
                while (true)
                {
                    await DrainAsync(conversationId, stopping).ConfigureAwait(false);
                    _running.TryRemove(conversationId, out _);
                    registered = false;
                    if (!await HasPendingAsync(conversationId, stopping).ConfigureAwait(false) || !_running.TryAdd(conversationId, 0))
                    {
                        return;
                    }

                    registered = true;
                }
            }
            finally
            {
                _slots.Release();
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutting down: the lease was released and the turn stays queued for the next start.
        }
        catch (Exception ex)
        {
            LogRunFailed(logger, ex, conversationId);
        }
        finally
        {
            if (registered)
            {
                _running.TryRemove(conversationId, out _);
            }
        }
    }

    private async Task<bool> HasPendingAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ConversationTurns>().HasPendingAsync(conversationId, cancellationToken).ConfigureAwait(false);
    }

    private async Task DrainAsync(string conversationId, CancellationToken cancellationToken)
    {
        var owner = $"{_instance}/{Guid.NewGuid():N}";
        var lease = options.Value.LeaseDuration;
        await using var scope = scopes.CreateAsyncScope();
        var turns = scope.ServiceProvider.GetRequiredService<ConversationTurns>();
        if (!await turns.TryClaimAsync(conversationId, owner, lease, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        try
        {
            while (await turns.NextAsync(conversationId, cancellationToken).ConfigureAwait(false) is { } next)
            {
                string? outcome, error;
                try
                {
                    (outcome, error) = await ProcessAsync(next, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    // A turn that cannot even be prepared (storage down, an unreadable file) is recorded as failed, never retried forever.
                    LogTurnFailed(logger, ex, conversationId);
                    (outcome, error) = (null, ex.ToString());
                }

                if (!await turns.CompleteAsync(next.Id, owner, lease, outcome, error, cancellationToken).ConfigureAwait(false))
                {
                    LogLeaseLost(logger, conversationId);
                    return;
                }

                signals.Completed(next.Id);
            }
        }
        finally
        {
            await turns.ReleaseAsync(conversationId, owner, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task<(string? Outcome, string? Error)> ProcessAsync(QueuedTurn queued, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<ServiceBotDbContext>();
        var conversation = await db.Conversations.AsNoTracking().SingleAsync(c => c.Id == queued.ConversationId, cancellationToken).ConfigureAwait(false);
        Activity activity;
        try
        {
            activity = ActivityJson.Deserialize(queued.Payload);
        }
        catch (JsonException ex)
        {
            return (null, "The stored activity cannot be read: " + ex.Message);
        }

        services.GetRequiredService<CurrentUser>().Actor = await LinkedActorAsync(db, conversation.LinkedUserId, cancellationToken).ConfigureAwait(false);
        var files = await services.GetRequiredService<TurnAttachments>().StoreAsync(activity, conversation, cancellationToken).ConfigureAwait(false);
        var turn = ActivityMapper.ToTurn(activity, conversation, files, options.Value.DefaultLocale, time.GetUtcNow());

        // Replies name what they answer, except on the built-in Direct Line when that is not in the transcript (its
        // own conversationUpdate): Web Chat would hold such a reply back, waiting for the activity it answers.
        var replyToId = conversation.IsBuiltIn && activity.Type == ActivityTypes.ConversationUpdate ? null : activity.Id;
        var collected = queued.Mode == InboundMode.ExpectReplies ? new CollectedReplies(conversation, replyToId, time) : null;
        var replies = (ITurnReplies?)collected
            ?? (conversation.IsBuiltIn
                ? new TranscriptReplies(services.GetRequiredService<TranscriptStore>(), services.GetRequiredService<DirectLineHub>(), conversation, queued.Id, replyToId, time)
                : new ConnectorReplies(services.GetRequiredService<DeliveryWriter>(), services.GetRequiredService<ConnectorClient>(), conversation, queued.Id, replyToId, time));

        string? error = null;
        if (turn is not null)
        {
            error = await RunHandlerAsync(services.GetRequiredService<ITurnHandler>(), turn, replies, cancellationToken).ConfigureAwait(false);
        }

        var outcome = queued.Mode switch
        {
            InboundMode.ExpectReplies => collected!.ToExpectedReplies(),
            InboundMode.Invoke => InvokeOutcome.Handled(),
            _ => null,
        };
        return (outcome, error);
    }

    /// <summary>Runs the handler within the turn timeout; a failure is logged and the user gets an apology instead of silence.</summary>
    private async Task<string?> RunHandlerAsync(ITurnHandler handler, Turn turn, ITurnReplies replies, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.Value.TurnTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await handler.HandleAsync(turn, replies, linked.Token).ConfigureAwait(false);
            return null;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogTurnFailed(logger, ex, turn.ConversationId);
            try
            {
                await replies.SendAsync(Reply.Say(Apology), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception apologyFailure) when (!cancellationToken.IsCancellationRequested)
            {
                LogApologyFailed(logger, apologyFailure, turn.ConversationId);
            }

            return ex.ToString();
        }
    }

    private static async Task<Actor?> LinkedActorAsync(ServiceBotDbContext db, string? userId, CancellationToken cancellationToken)
    {
        if (userId is null)
        {
            return null;
        }

        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId && u.IsActive, cancellationToken).ConfigureAwait(false);
        return user?.ToActor();
    }

    [LoggerMessage(EventId = 420, Level = LogLevel.Error, Message = "Processing the turns of conversation {Conversation} failed")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, string conversation);

    [LoggerMessage(EventId = 421, Level = LogLevel.Warning, Message = "Lost the lease of conversation {Conversation} mid-turn; another instance took over")]
    private static partial void LogLeaseLost(ILogger logger, string conversation);

    [LoggerMessage(EventId = 422, Level = LogLevel.Error, Message = "A turn of conversation {Conversation} failed")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string conversation);

    [LoggerMessage(EventId = 423, Level = LogLevel.Error, Message = "The apology after a failed turn of conversation {Conversation} could not be sent")]
    private static partial void LogApologyFailed(ILogger logger, Exception exception, string conversation);
}
