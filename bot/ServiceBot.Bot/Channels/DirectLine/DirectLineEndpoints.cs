using Microsoft.EntityFrameworkCore;
using ServiceBot.Application.Conversations;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Bot.Channels.DirectLine;

/// <summary>
/// The built-in Direct Line 3.0 service under <c>/v3/directline</c>, so Web Chat, DirectLineJS and other Direct Line
/// clients talk to the bot without a cloud relay: tokens, conversations, activities with watermarks, uploads and
/// the WebSocket stream.
/// </summary>
internal static partial class DirectLineEndpoints
{
    public const string Prefix = "/v3/directline";
    public const string Source = "directline";

    public static IEndpointRouteBuilder MapDirectLineEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix).WithTags("DirectLine").AllowAnonymous().DisableAntiforgery();
        group.MapPost("/tokens/generate", GenerateTokenAsync).RequireRateLimiting(ChannelRateLimits.PerAddress).WithSummary("用密钥生成会话令牌");
        group.MapPost("/tokens/refresh", RefreshTokenAsync).WithSummary("刷新令牌");
        group.MapPost("/conversations", StartConversationAsync).RequireRateLimiting(ChannelRateLimits.PerAddress).WithSummary("开始会话");
        group.MapGet("/conversations/{conversationId}", ReconnectAsync).WithSummary("重新连接会话（含水位）");
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync).WithSummary("发送活动");
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync).WithSummary("按水位获取活动");
        group.MapPost("/conversations/{conversationId}/upload", UploadAsync).WithSummary("上传文件（multipart）");
        group.Map("/conversations/{conversationId}/stream", StreamAsync).WithSummary("WebSocket 活动流");
        group.MapGet("/attachments/{link}", DownloadAsync).WithSummary("下载已上传的文件");
        return app;
    }

    /// <summary>
    /// The conversation a caller names. A token names its channel; the secret may name a conversation of either
    /// built-in channel.
    /// </summary>
    private static async Task<ChatConversation?> FindAsync(ServiceBotDbContext db, DirectLineCaller caller, string conversationId, CancellationToken cancellationToken)
    {
        var keys = caller.IsSecret
            ? new[] { ChatConversation.KeyFor(DirectLineChannels.DirectLine, conversationId), ChatConversation.KeyFor(DirectLineChannels.WebChat, conversationId) }
            : [ChatConversation.KeyFor(caller.ChannelId, conversationId)];
        return await db.Conversations.AsNoTracking()
            .Where(c => keys.Contains(c.Id) && c.ServiceUrl == null)
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    private static string Origin(HttpRequest request) => $"{request.Scheme}://{request.Host}";

    private static string StreamUrl(HttpRequest request, DirectLineTokens tokens, string conversationId, string userId, string channelId, long? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var url = $"{scheme}://{request.Host}{request.PathBase}{Prefix}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(tokens.IssueStream(conversationId, userId, channelId))}";
        return watermark is { } w ? $"{url}&watermark={DirectLineIds.Watermark(w)}" : url;
    }
}
