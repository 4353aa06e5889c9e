using ServiceBot.Dialogs.Engine;
using ServiceBot.Dialogs.Engine.Interruptions;
using ServiceBot.Dialogs.Flows.Welcome;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs.Flows.Interruptions;

/// <summary>帮助: during a flow, the help for the question being asked, then the question again; otherwise the general help.</summary>
internal sealed class HelpInterruption : IInterruption
{
    public bool Matches(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var key = Vocabulary.Key(dc.Input);
        return Words.Help.Contains(key) || (key.Length == 0 && dc.Input.Length > 0 && dc.Input.All(c => c is '?' or '？'));
    }

    public async Task<InterruptionOutcome> HandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.ActiveInstance is null || dc.Help() is not { } help)
        {
            await dc.SendAsync(WelcomeReplies.Help(), cancellationToken).ConfigureAwait(false);
            return InterruptionOutcome.Handled;
        }

        await dc.SendAsync(Reply.Say(InterruptionTexts.Catalog.Format("HelpAside", help)), cancellationToken).ConfigureAwait(false);
        return InterruptionOutcome.Resume;
    }
}
