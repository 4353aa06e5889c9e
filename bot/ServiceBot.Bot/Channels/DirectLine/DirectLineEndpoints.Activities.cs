using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Conversations;
using ServiceBot.Bot.Channels.Protocol;
using ServiceBot.Bot.Channels.Turns;
using ServiceBot.Infrastructure.Channels;
using ServiceBot.Infrastructure.Persistence;

namespace ServiceBot.Bot.Channels.DirectLine;

internal static partial class DirectLineEndpoints
{
    /// <summary><c>POST /conversations/{id}/activities</c>: queues the activity for the bot and echoes it to the transcript.</summary>
    private static async Task<IResult> PostActivityAsync(string conversationId, HttpContext http, DirectLineTokens tokens, ServiceBotDbContext db, InboundLimits limits, CancellationToken cancellationToken)
    {
        var (caller, failure) = await DirectLineAuth.AuthenticateAsync(http.Request, tokens).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        if (!caller!.MayUse(conversationId))
        {
            return ChannelProblems.BadToken();
        }

        var (activity, bad) = await ChannelRequests.ReadJsonAsync<Activity>(http.Request, optional: false, cancellationToken).ConfigureAwait(false);
        if (bad is not null)
        {
            return bad;
        }

        if (limits.Check(activity!, filesByLink: false) is { } invalid)
        {
            return invalid;
        }

        var conversation = await FindAsync(db, caller, conversationId, cancellationToken).ConfigureAwait(false);
        return conversation is null ? ChannelProblems.UnknownConversation() : await AcceptAsync(http, conversation, caller, activity!, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>GET /conversations/{id}/activities?watermark=</c>: the transcript after the watermark, and the new watermark.</summary>
    private static async Task<IResult> GetActivitiesAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineTokens tokens, ServiceBotDbContext db, TranscriptStore transcripts, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
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

        if (!DirectLineIds.TryReadWatermark(watermark, out var after))
        {
            return ChannelProblems.Invalid("directline.watermark", "水位（watermark）格式不正确。");
        }

        var conversation = await FindAsync(db, caller, conversationId, cancellationToken).ConfigureAwait(false);
        if (conversation is null)
        {
            return ChannelProblems.UnknownConversation();
        }

        var entries = await transcripts.ReadAsync(conversation.Id, after, options.Value.PageSize, cancellationToken).ConfigureAwait(false);
        var mark = entries.Count > 0 ? entries[^1].Sequence : after;
        return TypedResults.Bytes(ActivitySets.Write(entries.Select(e => e.Payload), mark), "application/json; charset=utf-8");
    }

    /// <summary>
    /// The path every user activity takes on the built-in Direct Line: addressed from the token (a token holder cannot
    /// speak as someone else), de-duplicated by the client's activity id, queued and echoed in one transaction.
    /// </summary>
    private static async Task<IResult> AcceptAsync(HttpContext http, ChatConversation conversation, DirectLineCaller caller, Activity activity, string? userIdFromQuery, CancellationToken cancellationToken)
    {
        var services = http.RequestServices;
        var settings = services.GetRequiredService<IOptions<ChannelOptions>>().Value;
        var from = caller.IsSecret
            ? new ChannelAccount { Id = userIdFromQuery ?? activity.From?.Id ?? conversation.UserId, Name = activity.From?.Name ?? conversation.UserName }
            : new ChannelAccount { Id = caller.UserId, Name = caller.UserName ?? activity.From?.Name };
        from.Role = "user";
        if (services.GetRequiredService<UserRateLimiter>().Check(conversation.ChannelId, from.Id!) is { } throttled)
        {
            return throttled;
        }

        var hub = services.GetRequiredService<DirectLineHub>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var clientId = ClientActivityId(activity);
        activity.From = from;
        activity.Recipient = new ChannelAccount { Id = conversation.BotId, Name = conversation.BotName, Role = "bot" };
        activity.Conversation = new ConversationAccount { Id = conversation.ChannelConversationId };
        activity.ChannelId = conversation.ChannelId;
        activity.ServiceUrl = null;
        activity.Timestamp = now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
        activity.Locale ??= conversation.Locale;
        activity.DeliveryMode = null;
        activity.Id = null;

        if (activity.Type == ActivityTypes.Typing)
        {
            // Typing is passed to the conversation's other streams but neither stored nor given to the bot.
            hub.Publish(conversation.Id, ActivityJson.Serialize(activity));
            return TypedResults.Ok(new ResourceResponse(string.Empty));
        }

        var enqueued = await services.GetRequiredService<ChannelInbox>().EnqueueAsync(
            new InboundRequest(
                conversation.Id,
                $"{conversation.Id}|{clientId ?? Guid.NewGuid().ToString("N")}",
                Source,
                InboundMode.Normal,
                sequence =>
                {
                    activity.Id = DirectLineIds.Activity(conversation.ChannelConversationId, sequence ?? 0);
                    return ActivityJson.Serialize(activity);
                },
                Echo: true,
                UserName: from.Name),
            cancellationToken).ConfigureAwait(false);
        if (enqueued is null)
        {
            return ChannelProblems.UnknownConversation();
        }

        if (!enqueued.Duplicate)
        {
            hub.Notify(conversation.Id);
            services.GetRequiredService<TurnRunner>().Wake(conversation.Id);
        }

        return TypedResults.Ok(new ResourceResponse(DirectLineIds.Activity(conversation.ChannelConversationId, enqueued.EchoSequence ?? 0)));
    }

    /// <summary>Web Chat names every activity it sends in <c>channelData.clientActivityID</c>; other clients may set <c>id</c>.</summary>
    private static string? ClientActivityId(Activity activity)
    {
        var id = activity.ChannelData is { ValueKind: JsonValueKind.Object } data
                 && data.TryGetProperty("clientActivityID", out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : activity.Id;
        return string.IsNullOrWhiteSpace(id) || id.Length > 150 ? null : id;
    }
}
