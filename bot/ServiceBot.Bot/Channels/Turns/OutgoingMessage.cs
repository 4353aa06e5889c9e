using ServiceBot.Application.Notifications;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Bot.Channels.Turns;

/// <summary>What the bot says, whichever side produced it: a dialog's <see cref="Reply"/> or a notification's <see cref="ChatMessage"/>.</summary>
internal sealed record OutgoingMessage(string? Text, IReadOnlyList<(string Title, string Value)> Actions, IReadOnlyList<string> Cards)
{
    public static OutgoingMessage From(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return new(reply.Text, [.. reply.SuggestedActions.Select(a => (a.Title, a.Value))], reply.AdaptiveCards);
    }

    public static OutgoingMessage From(ChatMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new(message.Text, [.. message.Actions.Select(a => (a.Title, a.Value))], message.AdaptiveCards);
    }

    public ChatMessage ToChatMessage() => new(Text ?? string.Empty, [.. Actions.Select(a => new ChatAction(a.Title, a.Value))], Cards);
}
