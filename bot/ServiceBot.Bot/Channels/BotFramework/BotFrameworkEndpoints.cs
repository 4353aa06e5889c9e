using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Conversations;
using ServiceBot.Bot.Channels.Protocol;
using ServiceBot.Bot.Channels.Turns;
using ServiceBot.Infrastructure.Channels;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Bot.Channels.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>, the Bot Framework messaging endpoint that Azure Bot channels, the Emulator and other
/// Bot Framework clients post activities to. Normal turns are queued and answered 200 at once (the replies go to
/// the channel's service URL); <c>expectReplies</c> answers with the replies, <c>invoke</c> with the invoke response.
/// </summary>
internal static partial class BotFrameworkEndpoints
{
    public const string Source = "botframework";

    public static IEndpointRouteBuilder MapBotFrameworkEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", ReceiveAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .WithTags("BotFramework")
            .WithSummary("Bot Framework 消息端点（Azure Bot、Emulator）");
        return app;
    }

    private static async Task<IResult> ReceiveAsync(
        HttpContext http,
        IOptions<BotFrameworkOptions> botFramework,
        ChannelAuthenticator authenticator,
        InboundLimits limits,
        UserRateLimiter rates,
        ServiceBotDbContext db,
        ChannelInbox inbox,
        TurnRunner runner,
        TurnSignals signals,
        IOptions<ChannelOptions> options,
        TimeProvider time,
        ILogger<ChannelAuthenticator> logger,
        CancellationToken cancellationToken)
    {
        var (activity, bad) = await ChannelRequests.ReadJsonAsync<Activity>(http.Request, optional: false, cancellationToken).ConfigureAwait(false);
        if (bad is not null)
        {
            return bad;
        }

        if (string.IsNullOrWhiteSpace(activity!.ChannelId) || string.IsNullOrWhiteSpace(activity.Conversation?.Id) || string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return ChannelProblems.Invalid("botframework.address", "活动缺少 channelId、conversation.id 或 from.id。");
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || serviceUrl.Scheme is not ("http" or "https"))
        {
            return ChannelProblems.Invalid("botframework.serviceUrl", "活动缺少有效的 serviceUrl。");
        }

        if (botFramework.Value.IsAuthenticationEnabled
            && await authenticator.AuthenticateAsync(http.Request.Headers.Authorization, activity.ChannelId, activity.ServiceUrl, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            LogRefused(logger, activity.ChannelId, refusal);
            return ChannelProblems.Problem(StatusCodes.Status401Unauthorized, "未通过验证", "botframework.unauthorized", "Unauthorized", "渠道令牌无效。");
        }

        if (!ActivityTypes.IsHandled(activity.Type) || activity.Type == ActivityTypes.Typing)
        {
            return TypedResults.Ok();
        }

        if (activity.Type == ActivityTypes.Invoke && activity.Name != InvokeNames.AdaptiveCardAction)
        {
            return TypedResults.StatusCode(StatusCodes.Status501NotImplemented);
        }

        if (limits.Check(activity, filesByLink: true) is { } invalid)
        {
            return invalid;
        }

        var key = ChatConversation.KeyFor(activity.ChannelId, activity.Conversation!.Id!);
        if (key.Length > ChatConversation.MaxIdLength || activity.Id?.Length > 150)
        {
            return ChannelProblems.Invalid("botframework.ids", "会话或活动的 ID 过长。");
        }

        if (rates.Check(activity.ChannelId, activity.From!.Id!) is { } throttled)
        {
            return throttled;
        }

        // The built-in Direct Line's conversations are reached only through it; a channel cannot post into them.
        if (await db.Conversations.AnyAsync(c => c.Id == key && c.ServiceUrl == null, cancellationToken).ConfigureAwait(false))
        {
            return ChannelProblems.BadToken();
        }

        var mode = activity.Type == ActivityTypes.Invoke
            ? InboundMode.Invoke
            : string.Equals(activity.DeliveryMode, "expectReplies", StringComparison.OrdinalIgnoreCase) ? InboundMode.ExpectReplies : InboundMode.Normal;
        var linked = await InheritedLinkAsync(db, activity.ChannelId, activity.From.Id!, cancellationToken).ConfigureAwait(false);
        var settings = options.Value;
        var now = time.GetUtcNow();
        var json = ActivityJson.Serialize(activity);
        var enqueued = await inbox.EnqueueAsync(
            new InboundRequest(
                key,
                $"{key}|{activity.Id ?? Guid.NewGuid().ToString("N")}",
                Source,
                mode,
                _ => json,
                NewConversation: () => ChatConversation.Start(
                    activity.ChannelId,
                    activity.Conversation.Id!,
                    activity.ServiceUrl,
                    activity.Recipient?.Id ?? botFramework.Value.MicrosoftAppId ?? settings.BotId,
                    activity.Recipient?.Name ?? settings.BotName,
                    activity.From.Id!,
                    activity.From.Name,
                    string.IsNullOrWhiteSpace(activity.Locale) ? settings.DefaultLocale : activity.Locale,
                    linked,
                    now),
                ServiceUrl: activity.ServiceUrl,
                UserName: activity.From.Name),
            cancellationToken).ConfigureAwait(false);
        if (!enqueued!.Duplicate)
        {
            runner.Wake(key);
        }

        if (mode == InboundMode.Normal)
        {
            return TypedResults.Ok();
        }

        var outcome = await signals.WaitAsync(enqueued.InboundId, settings.ReplyWaitTimeout, cancellationToken).ConfigureAwait(false);
        if (outcome is null)
        {
            return ChannelProblems.Problem(StatusCodes.Status504GatewayTimeout, "处理超时", "botframework.timeout", "ServiceError", "机器人没有及时处理完这条消息。");
        }

        if (outcome.Outcome is null)
        {
            return ChannelProblems.Problem(StatusCodes.Status500InternalServerError, "处理失败", "botframework.failed", "ServiceError", "机器人处理这条消息时出错。");
        }

        if (mode == InboundMode.ExpectReplies)
        {
            return TypedResults.Content(outcome.Outcome, "application/json; charset=utf-8");
        }

        var invoke = JsonSerializer.Deserialize<InvokeOutcome>(outcome.Outcome, ActivityJson.Options)!;
        return invoke.Body is { } body ? TypedResults.Json(body, statusCode: invoke.Status) : TypedResults.StatusCode(invoke.Status);
    }

    /// <summary>A new conversation of a channel user keeps the account link of their earlier ones.</summary>
    private static async Task<string?> InheritedLinkAsync(ServiceBotDbContext db, string channelId, string userId, CancellationToken cancellationToken) =>
        await db.Conversations.AsNoTracking()
            .Where(c => c.ChannelId == channelId && c.UserId == userId && c.LinkedUserId != null)
            .OrderByDescending(c => c.LastActivityAt)
            .Select(c => c.LinkedUserId)
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);

    [LoggerMessage(EventId = 402, Level = LogLevel.Warning, Message = "Refused an activity from channel {Channel}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string? channel, string reason);
}
