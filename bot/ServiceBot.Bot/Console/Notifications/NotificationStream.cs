using System.Globalization;
using System.Text;
using MediatR;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Conversations.Handoffs.CountWaitingHandoffs;
using ServiceBot.Application.Notifications.CountUnreadNotifications;

namespace ServiceBot.Bot.Console.Notifications;

/// <summary>
/// <c>GET /console/notifications/stream</c>: server-sent events carrying the signed-in user's unread count
/// (<c>event: unread</c>) and, for those the application lets see the handoff queue, the number of conversations
/// waiting for a person (<c>event: handoffs</c>), each sent at once and again whenever it changes. Each connection
/// asks the database every <see cref="ConsoleOptions.UnreadPollInterval"/>, so what any host instance writes reaches
/// every open page; between changes a comment line keeps proxies from closing the connection.
/// </summary>
internal static class NotificationStream
{
    public static IEndpointRouteBuilder MapNotificationStream(this IEndpointRouteBuilder app)
    {
        app.MapGet("/console/notifications/stream", StreamAsync)
            .RequireAuthorization(ConsoleSetup.StaffPolicy)
            .ExcludeFromDescription();
        return app;
    }

    private static async Task StreamAsync(HttpContext http, IMediator mediator, IOptions<ConsoleOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        http.Response.ContentType = "text/event-stream; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache, no-store";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        await http.Response.WriteAsync("retry: 5000\n\n", cancellationToken).ConfigureAwait(false);
        var lastUnread = -1;
        var lastWaiting = -1;
        var servesHandoffs = true;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var unread = await mediator.Send(new CountUnreadNotificationsQuery(), cancellationToken).ConfigureAwait(false);
                if (!unread.IsSuccess)
                {
                    return;
                }

                var message = new StringBuilder();
                Append(message, "unread", unread.Value, ref lastUnread);
                if (servesHandoffs)
                {
                    // The application decides who sees the queue; asked once per connection for everyone else.
                    var waiting = await mediator.Send(new CountWaitingHandoffsQuery(), cancellationToken).ConfigureAwait(false);
                    servesHandoffs = waiting.IsSuccess;
                    if (servesHandoffs)
                    {
                        Append(message, "handoffs", waiting.Value, ref lastWaiting);
                    }
                }

                await http.Response.WriteAsync(message.Length == 0 ? ": 保持连接\n\n" : message.ToString(), cancellationToken).ConfigureAwait(false);
                await http.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
                await Task.Delay(options.Value.UnreadPollInterval, time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The page was closed or navigated away.
        }
    }

    /// <summary>Adds an event with the count when it differs from the one sent last.</summary>
    private static void Append(StringBuilder message, string name, int count, ref int last)
    {
        if (count != last)
        {
            message.Append(CultureInfo.InvariantCulture, $"event: {name}\ndata: {count}\n\n");
            last = count;
        }
    }
}
