using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Bot.Channels.DirectLine;

internal static partial class DirectLineEndpoints
{
    /// <summary>
    /// <c>GET /conversations/{id}/stream?t=&amp;watermark=</c>: the WebSocket stream. Browsers cannot set headers on a
    /// WebSocket, so the short-lived stream token in <c>t</c> authenticates; other clients may send the usual header.
    /// </summary>
    private static async Task<IResult> StreamAsync(
        string conversationId, string? t, string? watermark, HttpContext http, DirectLineTokens tokens, ServiceBotDbContext db, DirectLineStream stream, CancellationToken cancellationToken)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            return ChannelProblems.Invalid("directline.stream.notWebSocket", "活动流只接受 WebSocket 连接。");
        }

        DirectLineCaller? caller;
        if (!string.IsNullOrEmpty(t))
        {
            (caller, var expired) = await tokens.ReadAsync(t, stream: true).ConfigureAwait(false);
            if (caller is null)
            {
                return expired ? ChannelProblems.ExpiredToken() : ChannelProblems.BadToken();
            }
        }
        else
        {
            (caller, var failure) = await DirectLineAuth.AuthenticateAsync(http.Request, tokens).ConfigureAwait(false);
            if (failure is not null)
            {
                return failure;
            }
        }

        if (!caller!.MayUse(conversationId))
        {
            return ChannelProblems.BadToken();
        }

        if (!DirectLineIds.TryReadWatermark(watermark, out var after))
        {
            return ChannelProblems.Invalid("directline.watermark", "水位（watermark）格式不正确。");
        }

        var conversation = await FindAsync(db, caller, conversationId, cancellationToken).ConfigureAwait(false);
        if (conversation is null)
        {
            return ChannelProblems.UnknownConversation();
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        await stream.RunAsync(socket, conversation.Id, after, cancellationToken).ConfigureAwait(false);
        return Results.Empty;
    }
}
