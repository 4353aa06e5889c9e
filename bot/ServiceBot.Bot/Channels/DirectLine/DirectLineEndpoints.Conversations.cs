using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Conversations;
using ServiceBot.Bot.Channels.Protocol;
using ServiceBot.Bot.Channels.Turns;
using ServiceBot.Infrastructure.Channels;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Bot.Channels.DirectLine;

internal static partial class DirectLineEndpoints
{
    /// <summary><c>POST /tokens/generate</c> (secret): a token for a new conversation and one user, for handing to a client.</summary>
    private static async Task<IResult> GenerateTokenAsync(HttpRequest request, DirectLineTokens tokens, CancellationToken cancellationToken)
    {
        var (caller, failure) = await DirectLineAuth.AuthenticateAsync(request, tokens).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        if (!caller!.IsSecret)
        {
            return ChannelProblems.BadToken();
        }

        var (body, bad) = await ChannelRequests.ReadJsonAsync<StartConversationRequest>(request, optional: true, cancellationToken).ConfigureAwait(false);
        if (bad is not null)
        {
            return bad;
        }

        var user = UserOf(body);
        if (user.Failure is not null)
        {
            return user.Failure;
        }

        var conversationId = DirectLineIds.NewConversation();
        var (token, expiresIn) = tokens.Issue(conversationId, user.Id, body?.User?.Name, DirectLineChannels.DirectLine, null);
        return TypedResults.Ok(new DirectLineConversation(conversationId, token, expiresIn));
    }

    /// <summary><c>POST /tokens/refresh</c> (token): the same conversation and user, valid for another lifetime.</summary>
    private static async Task<IResult> RefreshTokenAsync(HttpRequest request, DirectLineTokens tokens)
    {
        var (caller, failure) = await DirectLineAuth.AuthenticateAsync(request, tokens).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        if (caller!.IsSecret || caller.ConversationId is null || caller.UserId is null)
        {
            return ChannelProblems.BadToken();
        }

        var (token, expiresIn) = tokens.Issue(caller.ConversationId, caller.UserId, caller.UserName, caller.ChannelId, caller.LinkedUserId);
        return TypedResults.Ok(new DirectLineConversation(caller.ConversationId, token, expiresIn));
    }

    /// <summary>
    /// <c>POST /conversations</c>: with the secret, a new conversation; with a token, the token's conversation (201
    /// when it starts now, 200 when it had started). Starting queues the <c>conversationUpdate</c> that greets the user.
    /// </summary>
    private static async Task<IResult> StartConversationAsync(
        HttpRequest request,
        DirectLineTokens tokens,
        ServiceBotDbContext db,
        ChannelInbox inbox,
        TurnRunner runner,
        IOptions<ChannelOptions> options,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var (caller, failure) = await DirectLineAuth.AuthenticateAsync(request, tokens).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        var (body, bad) = await ChannelRequests.ReadJsonAsync<StartConversationRequest>(request, optional: true, cancellationToken).ConfigureAwait(false);
        if (bad is not null)
        {
            return bad;
        }

        string conversationId, userId, channelId;
        string? userName, linkedUserId;
        if (caller!.IsSecret)
        {
            var user = UserOf(body);
            if (user.Failure is not null)
            {
                return user.Failure;
            }

            (conversationId, userId, userName, channelId, linkedUserId) = (DirectLineIds.NewConversation(), user.Id, body?.User?.Name, DirectLineChannels.DirectLine, null);
        }
        else
        {
            (conversationId, userId, userName, channelId) = (caller.ConversationId!, caller.UserId!, caller.UserName, caller.ChannelId);

            // A user the service knows by a token it issued keeps the account link of their earlier conversations.
            linkedUserId = caller.LinkedUserId ?? await db.Conversations.AsNoTracking()
                .Where(c => c.ChannelId == channelId && c.UserId == userId && c.LinkedUserId != null)
                .OrderByDescending(c => c.LastActivityAt)
                .Select(c => c.LinkedUserId)
                .FirstOrDefaultAsync(cancellationToken)
                .ConfigureAwait(false);
        }

        var settings = options.Value;
        var locale = string.IsNullOrWhiteSpace(body?.Locale) ? settings.DefaultLocale : body.Locale;
        var key = ChatConversation.KeyFor(channelId, conversationId);
        var now = time.GetUtcNow();
        var bot = new ChannelAccount { Id = settings.BotId, Name = settings.BotName, Role = "bot" };
        var member = new ChannelAccount { Id = userId, Name = userName, Role = "user" };
        var started = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = $"{conversationId}|start",
            Timestamp = now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            ChannelId = channelId,
            From = member,
            Recipient = bot,
            Conversation = new ConversationAccount { Id = conversationId },
            MembersAdded = [bot, member],
            Locale = locale,
        };
        var enqueued = await inbox.EnqueueAsync(
            new InboundRequest(
                key,
                $"{key}|start",
                Source,
                InboundMode.Normal,
                _ => ActivityJson.Serialize(started),
                NewConversation: () => ChatConversation.Start(channelId, conversationId, null, bot.Id, bot.Name, userId, userName, locale, linkedUserId, now)),
            cancellationToken).ConfigureAwait(false);
        if (!enqueued!.Duplicate)
        {
            runner.Wake(key);
        }

        var (token, expiresIn) = tokens.Issue(conversationId, userId, userName, channelId, linkedUserId);
        var answer = new DirectLineConversation(conversationId, token, expiresIn, StreamUrl(request, tokens, conversationId, userId, channelId, null));
        return enqueued.Duplicate ? TypedResults.Ok(answer) : TypedResults.Json(answer, statusCode: StatusCodes.Status201Created);
    }

    /// <summary><c>GET /conversations/{id}?watermark=</c>: a fresh token and stream URL to pick the conversation up where the client left it.</summary>
    private static async Task<IResult> ReconnectAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineTokens tokens, ServiceBotDbContext db, CancellationToken cancellationToken)
    {
        var (caller, failure) = await DirectLineAuth.AuthenticateAsync(request, tokens).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        if (!caller!.MayUse(conversationId))
        {
            return ChannelProblems.BadToken();
        }

        if (!DirectLineIds.TryReadWatermark(watermark, out var mark))
        {
            return ChannelProblems.Invalid("directline.watermark", "水位（watermark）格式不正确。");
        }

        var conversation = await FindAsync(db, caller, conversationId, cancellationToken).ConfigureAwait(false);
        if (conversation is null)
        {
            return ChannelProblems.UnknownConversation();
        }

        var (token, expiresIn) = tokens.Issue(conversationId, conversation.UserId, conversation.UserName, conversation.ChannelId, caller.IsSecret ? null : caller.LinkedUserId);
        return TypedResults.Ok(new DirectLineConversation(conversationId, token, expiresIn, StreamUrl(request, tokens, conversationId, conversation.UserId, conversation.ChannelId, string.IsNullOrEmpty(watermark) ? null : mark)));
    }

    /// <summary>The user a secret holder names, or a new one; ids starting <c>dl_</c> are reserved for tokens the service issues.</summary>
    private static (string Id, IResult? Failure) UserOf(StartConversationRequest? body)
    {
        var id = body?.User?.Id;
        if (string.IsNullOrWhiteSpace(id))
        {
            return ("dl_" + Guid.NewGuid().ToString("N"), null);
        }

        return id.Length > 100
            ? (id, ChannelProblems.Invalid("directline.user", "用户 ID 不能超过 100 个字符。"))
            : (id, null);
    }
}
