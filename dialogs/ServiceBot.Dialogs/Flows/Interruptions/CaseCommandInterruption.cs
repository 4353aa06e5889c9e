using ServiceBot.Dialogs.Engine;
using ServiceBot.Dialogs.Engine.Interruptions;
using ServiceBot.Dialogs.Flows.Common;
using ServiceBot.Dialogs.Flows.Evaluate;
using ServiceBot.Dialogs.Flows.Supplement;
using ServiceBot.Dialogs.Flows.Withdraw;
using ServiceBot.Language.Text;

namespace ServiceBot.Dialogs.Flows.Interruptions;

/// <summary>
/// The buttons under case notifications and details — 补充材料 QY…, 评价 QY… 不满意, 撤回 QY… — start their flow for that
/// case at any time, ending whatever flow was running (the user chose to act on the notification).
/// </summary>
internal sealed class CaseCommandInterruption : IInterruption
{
    public bool Matches(DialogContext dc) => Command(dc?.Input) is not null;

    public async Task<InterruptionOutcome> HandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var (dialog, options) = Command(dc.Input)!.Value;
        dc.CancelAllDialogs();
        await dc.BeginDialogAsync(dialog, options, cancellationToken).ConfigureAwait(false);
        return InterruptionOutcome.Handled;
    }

    /// <summary>The flow and its options a command names; null when the text is not a case command.</summary>
    private static (string Dialog, object Options)? Command(string? input)
    {
        var text = ChineseText.FoldWidth(input?.Trim());
        var number = CaseNumbers.Find(text);
        var at = number is null ? -1 : text.IndexOf(number, StringComparison.OrdinalIgnoreCase);
        if (number is null || at < 0 || text.Length > 30)
        {
            return null;
        }

        var verb = Vocabulary.Key(text[..at]);
        return verb switch
        {
            "补充材料" or "补充" => (nameof(SupplementDialog), new SupplementState { CaseNumber = number }),
            "评价" => (nameof(EvaluateDialog), new EvaluateState { CaseNumber = number, Rating = EvaluateDialog.RatingIn(text) }),
            "撤回" or "撤销" => (nameof(WithdrawDialog), new WithdrawState { CaseNumber = number }),
            _ => null,
        };
    }
}
