using ServiceBot.Dialogs.Engine;
using ServiceBot.Dialogs.Engine.Interruptions;
using ServiceBot.Dialogs.Flows.Common;

namespace ServiceBot.Dialogs.Flows.Interruptions;

/// <summary>取消: ends the current flow without submitting anything.</summary>
internal sealed class CancelInterruption : IInterruption
{
    public bool Matches(DialogContext dc) => Words.Cancel.Contains(Vocabulary.Key(dc?.Input));

    public async Task<InterruptionOutcome> HandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var text = dc.ActiveInstance is null ? InterruptionTexts.Catalog["NothingToCancel"] : CommonTexts.Get("Cancelled");
        dc.CancelAllDialogs();
        await dc.SendAsync(Menu.Say(text), cancellationToken).ConfigureAwait(false);
        return InterruptionOutcome.Handled;
    }
}
