using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ServiceBot.Application.Conversations;
using ServiceBot.Bot.Channels.Protocol;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Bot.Channels.Turns;

/// <summary>Translates between activities and what dialogs see: inbound activities become <see cref="Turn"/>s, replies become activities.</summary>
internal static partial class ActivityMapper
{
    /// <summary>The turn an inbound activity means to dialogs, or null when it means nothing to them (typing, the bot itself joining).</summary>
    public static Turn? ToTurn(Activity activity, ChatConversation conversation, IReadOnlyList<TurnAttachment> files, string defaultLocale, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(conversation);
        var kind = KindOf(activity, conversation);
        if (kind is null)
        {
            return null;
        }

        var value = activity.Type == ActivityTypes.Invoke ? InvokeData(activity) : activity.Value;
        var timestamp = DateTimeOffset.TryParse(activity.Timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : now;
        return new Turn(
            kind.Value,
            conversation.Id,
            conversation.ChannelId,
            activity.From?.Id ?? conversation.UserId,
            activity.From?.Name ?? conversation.UserName,
            kind == TurnKind.Message ? WithoutMentions(activity.Text) : null,
            value is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } v ? v.GetRawText() : null,
            files,
            string.IsNullOrWhiteSpace(activity.Locale) ? (string.IsNullOrWhiteSpace(conversation.Locale) ? defaultLocale : conversation.Locale) : activity.Locale,
            timestamp,
            kind == TurnKind.Event ? activity.Name : null);
    }

    /// <summary>A message from the bot to the conversation's user, addressed from its stored reference.</summary>
    public static Activity ToActivity(OutgoingMessage message, ChatConversation conversation, string? replyToId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(conversation);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Timestamp = now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            ChannelId = conversation.ChannelId,
            ServiceUrl = conversation.ServiceUrl,
            From = new ChannelAccount { Id = conversation.BotId, Name = conversation.BotName, Role = "bot" },
            Recipient = new ChannelAccount { Id = conversation.UserId, Name = conversation.UserName, Role = "user" },
            Conversation = new ConversationAccount { Id = conversation.ChannelConversationId },
            ReplyToId = replyToId,
            Locale = conversation.Locale,
            Text = message.Text,
            TextFormat = message.Text is null ? null : "plain",
            InputHint = message.Actions.Count > 0 ? "expectingInput" : "acceptingInput",
            SuggestedActions = message.Actions.Count == 0
                ? null
                : new SuggestedActions
                {
                    To = [conversation.UserId],
                    Actions = [.. message.Actions.Select(a => new CardAction { Type = "imBack", Title = a.Title, Value = JsonSerializer.SerializeToElement(a.Value) })],
                },
            Attachments = message.Cards.Count == 0
                ? null
                : [.. message.Cards.Select(card => new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = JsonDocument.Parse(card).RootElement.Clone() })],
        };
    }

    /// <summary>"The bot is typing", for as long as a slow turn runs.</summary>
    public static Activity Typing(ChatConversation conversation, string? replyToId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return new Activity
        {
            Type = ActivityTypes.Typing,
            Timestamp = now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            ChannelId = conversation.ChannelId,
            ServiceUrl = conversation.ServiceUrl,
            From = new ChannelAccount { Id = conversation.BotId, Name = conversation.BotName, Role = "bot" },
            Recipient = new ChannelAccount { Id = conversation.UserId, Name = conversation.UserName, Role = "user" },
            Conversation = new ConversationAccount { Id = conversation.ChannelConversationId },
            ReplyToId = replyToId,
        };
    }

    private static TurnKind? KindOf(Activity activity, ChatConversation conversation) => activity.Type switch
    {
        ActivityTypes.Message => TurnKind.Message,
        ActivityTypes.Event => TurnKind.Event,
        ActivityTypes.EndOfConversation => TurnKind.ConversationEnded,
        ActivityTypes.Invoke when activity.Name == InvokeNames.AdaptiveCardAction => TurnKind.Message,

        // A channel reports the bot and the user joining separately; only a person joining starts the conversation for dialogs.
        ActivityTypes.ConversationUpdate when activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id && m.Id != conversation.BotId) == true
            => TurnKind.ConversationStarted,
        _ => null,
    };

    /// <summary>What an <c>Action.Execute</c> carries: <c>value.action.data</c>.</summary>
    private static JsonElement? InvokeData(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
        && action.TryGetProperty("data", out var data)
            ? data
            : null;

    /// <summary>Teams and other group channels put <c>&lt;at&gt;Bot&lt;/at&gt;</c> into the text when the bot is mentioned.</summary>
    private static string? WithoutMentions(string? text) => text is null ? null : Mention().Replace(text, string.Empty).Trim();

    [GeneratedRegex("<at>[^<]*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex Mention();
}
