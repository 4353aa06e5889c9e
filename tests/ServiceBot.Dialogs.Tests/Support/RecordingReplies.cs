using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs.Tests.Support;

/// <summary>Collects what a turn replied, in order.</summary>
internal sealed class RecordingReplies : ITurnReplies
{
    public List<Reply> Replies { get; } = [];

    public int Typing { get; private set; }

    public Task SendAsync(Reply reply, CancellationToken cancellationToken)
    {
        Replies.Add(reply);
        return Task.CompletedTask;
    }

    public Task TypingAsync(CancellationToken cancellationToken)
    {
        Typing++;
        return Task.CompletedTask;
    }
}
