using ServiceBot.Application.Conversations;
using ServiceBot.Bot.Channels.DirectLine;
using ServiceBot.Bot.Channels.Protocol;
using ServiceBot.Dialogs.Turns;
using ServiceBot.Infrastructure.Channels;

namespace ServiceBot.Bot.Channels.Turns;

/// <summary>
/// Replies on the built-in Direct Line: appended to the transcript (keyed by the inbound activity and the reply's
/// position, so a turn run again after a crash does not show its replies twice) and pushed to open streams.
/// </summary>
internal sealed class TranscriptReplies(TranscriptStore transcripts, DirectLineHub hub, ChatConversation conversation, long inboundId, string? replyToId, TimeProvider time)
    : ITurnReplies
{
    private int _sent;

    public async Task SendAsync(Reply reply, CancellationToken cancellationToken)
    {
        var activity = ActivityMapper.ToActivity(OutgoingMessage.From(reply), conversation, replyToId, time.GetUtcNow());
        var key = $"turn:{inboundId}:{++_sent}";
        await transcripts.AppendAsync(
            conversation.Id,
            key,
            sequence =>
            {
                activity.Id = DirectLineIds.Activity(conversation.ChannelConversationId, sequence);
                return ActivityJson.Serialize(activity);
            },
            cancellationToken).ConfigureAwait(false);
        hub.Notify(conversation.Id);
    }

    public Task TypingAsync(CancellationToken cancellationToken)
    {
        hub.Publish(conversation.Id, ActivityJson.Serialize(ActivityMapper.Typing(conversation, replyToId, time.GetUtcNow())));
        return Task.CompletedTask;
    }
}
