using ServiceBot.Application.Understanding;
using ServiceBot.Dialogs.Engine;
using ServiceBot.Dialogs.Engine.Interruptions;
using ServiceBot.Dialogs.Flows.Handoff;
using ServiceBot.Language.Intents;

namespace ServiceBot.Dialogs.Flows.Interruptions;

/// <summary>转人工: ends the current flow and puts the conversation in the coordinator office's queue, saying which flow it left.</summary>
internal sealed class HandoffInterruption(IUnderstandingService understanding, HandoffService handoffs) : IInterruption
{
    public bool Matches(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return Words.Handoff.Contains(Vocabulary.Key(dc.Input))
            || (dc.Input.Length <= 15 && understanding.Understand(dc.Input).Intent is { Intent: Intent.TalkToPerson, Confidence: >= 0.95 });
    }

    public async Task<InterruptionOutcome> HandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var reason = dc.Stack.Count > 0
            ? InterruptionTexts.Catalog.Format("ReasonDuringFlow", FlowName(dc.Stack[0].Id))
            : InterruptionTexts.Catalog.Format("ReasonDirect", dc.Input);
        await handoffs.RequestAsync(dc, reason, cancellationToken).ConfigureAwait(false);
        return InterruptionOutcome.Handled;
    }

    private static string FlowName(string id) => InterruptionTexts.Catalog.Find("Flow" + id.Replace("Dialog", string.Empty, StringComparison.Ordinal)) ?? id;
}
