using System.Net.WebSockets;
using Microsoft.Extensions.Options;
using ServiceBot.Infrastructure.Channels;

namespace ServiceBot.Bot.Channels.DirectLine;

/// <summary>
/// Runs one open WebSocket stream: everything after the client's watermark first, then each new batch of the
/// transcript as an <c>ActivitySet</c> with its watermark, typing as it happens, and an empty message every
/// <see cref="DirectLineOptions.KeepAliveInterval"/>. New activities are noticed at once when this process appended
/// them and within <see cref="DirectLineOptions.StreamPollInterval"/> when another instance did.
/// </summary>
internal sealed partial class DirectLineStream(
    IServiceScopeFactory scopes, DirectLineHub hub, IOptions<DirectLineOptions> options, TimeProvider time, IHostApplicationLifetime lifetime, ILogger<DirectLineStream> logger)
{
    public async Task RunAsync(WebSocket socket, string conversationId, long watermark, CancellationToken requestAborted)
    {
        ArgumentNullException.ThrowIfNull(socket);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, lifetime.ApplicationStopping);
        var cancellationToken = stop.Token;
        using var subscription = hub.Subscribe(conversationId);
        var settings = options.Value;
        var inbound = new byte[4096];
        var receive = socket.ReceiveAsync(new ArraySegment<byte>(inbound), cancellationToken);
        var lastSent = time.GetUtcNow();
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var sending = time.GetUtcNow();
                var sent = await SendNewAsync(socket, subscription, watermark, cancellationToken).ConfigureAwait(false);
                if (sent.Watermark != watermark || sent.Ephemeral)
                {
                    watermark = sent.Watermark;
                    lastSent = sending;
                }

                using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var untilKeepAlive = lastSent + settings.KeepAliveInterval - time.GetUtcNow();
                var woken = subscription.WaitAsync(wait.Token);
                var poll = Task.Delay(settings.StreamPollInterval, time, wait.Token);
                var keepAlive = Task.Delay(untilKeepAlive > TimeSpan.Zero ? untilKeepAlive : TimeSpan.Zero, time, wait.Token);
                var first = await Task.WhenAny(woken, poll, keepAlive, receive).ConfigureAwait(false);
                await wait.CancelAsync().ConfigureAwait(false);

                if (first == receive)
                {
                    var message = await receive.ConfigureAwait(false);
                    if (message.MessageType == WebSocketMessageType.Close)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).ConfigureAwait(false);
                        return;
                    }

                    // Clients ping with empty messages; nothing they send means anything else.
                    receive = socket.ReceiveAsync(new ArraySegment<byte>(inbound), cancellationToken);
                }
                else if (first == keepAlive && !keepAlive.IsCanceled)
                {
                    await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
                    lastSent = time.GetUtcNow();
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await CloseQuietlyAsync(socket, WebSocketCloseStatus.EndpointUnavailable).ConfigureAwait(false);
        }
        catch (WebSocketException ex)
        {
            LogStreamBroken(logger, conversationId, ex.Message);
        }
    }

    /// <summary>Sends what is new since <paramref name="watermark"/> (page by page) and any typing; returns the new watermark.</summary>
    private async Task<(long Watermark, bool Ephemeral)> SendNewAsync(WebSocket socket, DirectLineHub.Subscription subscription, long watermark, CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var transcripts = scope.ServiceProvider.GetRequiredService<TranscriptStore>();
            while (true)
            {
                var entries = await transcripts.ReadAsync(subscription.ConversationId, watermark, options.Value.PageSize, cancellationToken).ConfigureAwait(false);
                if (entries.Count == 0)
                {
                    break;
                }

                watermark = entries[^1].Sequence;
                await socket.SendAsync(ActivitySets.Write(entries.Select(e => e.Payload), watermark), WebSocketMessageType.Text, endOfMessage: true, cancellationToken)
                    .ConfigureAwait(false);
            }
        }

        var ephemeral = false;
        while (subscription.TryTakeEphemeral(out var typing))
        {
            ephemeral = true;
            await socket.SendAsync(ActivitySets.Write([typing], watermark), WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }

        return (watermark, ephemeral);
    }

    private static async Task CloseQuietlyAsync(WebSocket socket, WebSocketCloseStatus status)
    {
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync(status, null, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The other side is gone already.
        }
    }

    [LoggerMessage(EventId = 430, Level = LogLevel.Debug, Message = "The stream of conversation {Conversation} broke: {Reason}")]
    private static partial void LogStreamBroken(ILogger logger, string conversation, string reason);
}
