using ServiceBot.Dialogs.Engine;
using ServiceBot.Dialogs.Flows.Handoff;
using ServiceBot.Dialogs.Flows.Routing;
using ServiceBot.Dialogs.Flows.Welcome;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs;

/// <summary>
/// The conversation proper: greets a user who joins; relays messages to a person while a handoff is open; otherwise
/// runs the message through the dialog engine, with the router starting a flow when none is active.
/// </summary>
internal sealed class DialogTurnHandler(DialogEngine engine, Router router, HandoffService handoffs) : ITurnHandler
{
    public async Task HandleAsync(Turn turn, ITurnReplies replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(replies);
        switch (turn.Kind)
        {
            case TurnKind.ConversationStarted:
                await replies.SendAsync(WelcomeReplies.Greeting(), cancellationToken).ConfigureAwait(false);
                break;
            case TurnKind.Message when !await handoffs.TryRelayAsync(turn, replies, cancellationToken).ConfigureAwait(false):
                await engine.RunAsync(turn, replies, router.RouteAsync, cancellationToken).ConfigureAwait(false);
                break;
            default:
                // Events and the end of a conversation need no answer; a relayed message was answered by the person.
                break;
        }
    }
}
