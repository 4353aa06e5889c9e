using ServiceBot.Application.Understanding;
using ServiceBot.Dialogs.Engine;
using ServiceBot.Dialogs.Engine.Interruptions;
using ServiceBot.Dialogs.Flows.Common;
using ServiceBot.Dialogs.Flows.MyCases;
using ServiceBot.Dialogs.Turns;
using ServiceBot.Language.Intents;

namespace ServiceBot.Dialogs.Flows.Interruptions;

/// <summary>
/// 查询进度 in the middle of another flow: shows the progress (one case by number, the only open one in detail, or the
/// list) and then goes on with the flow. Without a flow the router starts <see cref="MyCasesDialog"/> instead, which can
/// also ask which case to show.
/// </summary>
internal sealed class ProgressInterruption(IUnderstandingService understanding, CaseProgress progress) : IInterruption
{
    public bool Matches(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.ActiveInstance is null || dc.IsRunning(nameof(MyCasesDialog)))
        {
            return false;
        }

        var key = Vocabulary.Key(dc.Input);
        return Words.Progress.Contains(key)
            || (key.StartsWith("查询进度", StringComparison.Ordinal) && CaseNumbers.Find(dc.Input) is not null)
            || (dc.Input.Length <= 15 && understanding.Understand(dc.Input).Intent is { Intent: Intent.CheckProgress, Confidence: >= 0.95 });
    }

    public async Task<InterruptionOutcome> HandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (CaseNumbers.Find(dc.Input) is { } number)
        {
            var found = await progress.FindAsync(number, cancellationToken).ConfigureAwait(false);
            await dc.SendAsync(found is null ? Reply.Say(MyCasesTexts.Catalog.Format("NotFound", number)) : CaseProgress.Details(found) with { SuggestedActions = [] }, cancellationToken)
                .ConfigureAwait(false);
            return InterruptionOutcome.Resume;
        }

        var open = await progress.OpenCasesAsync(cancellationToken).ConfigureAwait(false);
        var reply = open.Count switch
        {
            0 => Reply.Say(MyCasesTexts.Catalog[progress.HasAccount ? "NoneOpen" : "NotLinked"]),
            1 => CaseProgress.Details(open[0]) with { SuggestedActions = [] },
            _ => CaseProgress.List(open),
        };
        await dc.SendAsync(reply, cancellationToken).ConfigureAwait(false);
        return InterruptionOutcome.Resume;
    }
}
