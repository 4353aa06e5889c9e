using System.Text.Json;
using ServiceBot.Application.Conversations;
using ServiceBot.Bot.Channels.Protocol;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Bot.Channels.Turns;

/// <summary>Replies of an <c>expectReplies</c> turn: collected for the HTTP response and sent nowhere else.</summary>
internal sealed class CollectedReplies(ChatConversation conversation, string? replyToId, TimeProvider time) : ITurnReplies
{
    private readonly List<Activity> _activities = [];

    public Task SendAsync(Reply reply, CancellationToken cancellationToken)
    {
        _activities.Add(ActivityMapper.ToActivity(OutgoingMessage.From(reply), conversation, replyToId, time.GetUtcNow()));
        return Task.CompletedTask;
    }

    public Task TypingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The body of the HTTP response: <c>{"activities": [...]}</c>.</summary>
    public string ToExpectedReplies() => JsonSerializer.Serialize(new ExpectedReplies(_activities), ActivityJson.Options);
}
