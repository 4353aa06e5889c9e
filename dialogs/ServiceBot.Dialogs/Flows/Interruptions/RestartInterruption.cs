using ServiceBot.Dialogs.Engine;
using ServiceBot.Dialogs.Engine.Interruptions;
using ServiceBot.Dialogs.Flows.Welcome;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs.Flows.Interruptions;

/// <summary>重新开始: the current flow starts again from its first question; without one, the greeting and menu.</summary>
internal sealed class RestartInterruption : IInterruption
{
    public bool Matches(DialogContext dc) => Words.Restart.Contains(Vocabulary.Key(dc?.Input));

    public async Task<InterruptionOutcome> HandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Stack.Count == 0)
        {
            await dc.SendAsync(WelcomeReplies.Greeting(), cancellationToken).ConfigureAwait(false);
            return InterruptionOutcome.Handled;
        }

        var flow = dc.Stack[0].Id;
        dc.CancelAllDialogs();
        await dc.SendAsync(Reply.Say(InterruptionTexts.Catalog["Restarting"]), cancellationToken).ConfigureAwait(false);
        await dc.BeginDialogAsync(flow, null, cancellationToken).ConfigureAwait(false);
        return InterruptionOutcome.Handled;
    }
}
