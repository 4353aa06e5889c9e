using System.Globalization;
using MediatR;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Notifications.CountUnreadNotifications;

namespace ServiceBot.Bot.Console.Notifications;

/// <summary>
/// <c>GET /console/notifications/stream</c>: server-sent events carrying the signed-in user's unread count
/// (<c>event: unread</c>), sent at once and again whenever it changes. Each connection asks the database every
/// <see cref="ConsoleOptions.UnreadPollInterval"/>, so notifications written by any host instance reach every
/// open page; between changes a comment line keeps proxies from closing the connection.
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
        var last = -1;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var unread = await mediator.Send(new CountUnreadNotificationsQuery(), cancellationToken).ConfigureAwait(false);
                if (!unread.IsSuccess)
                {
                    return;
                }

                var message = unread.Value == last ? ": 保持连接\n\n" : $"event: unread\ndata: {unread.Value.ToString(CultureInfo.InvariantCulture)}\n\n";
                last = unread.Value;
                await http.Response.WriteAsync(message, cancellationToken).ConfigureAwait(false);
                await http.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
                await Task.Delay(options.Value.UnreadPollInterval, time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The page was closed or navigated away.
        }
    }
}
