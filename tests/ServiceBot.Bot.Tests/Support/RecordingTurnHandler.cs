using ServiceBot.Application.Common.Security;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Bot.Tests.Support;

/// <summary>A turn handler that records into a <see cref="TurnLog"/> and answers <c>ok:{text}</c>.</summary>
public sealed class RecordingTurnHandler(TurnLog log, ICurrentUser currentUser) : ITurnHandler
{
    public async Task HandleAsync(Turn turn, ITurnReplies replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(replies);
        var what = turn.Kind == TurnKind.Message ? turn.Text ?? string.Empty : turn.Kind.ToString();
        log.Enter(what, currentUser.Actor);
        try
        {
            if (what == TurnLog.GateText)
            {
                await log.Released.WaitAsync(cancellationToken);
            }

            // Yield a few times so that a second turn running at once would overlap this one.
            for (var i = 0; i < 5; i++)
            {
                await Task.Yield();
            }
        }
        finally
        {
            log.Leave();
        }

        await replies.SendAsync(Reply.Say("ok:" + what), cancellationToken);
    }
}
