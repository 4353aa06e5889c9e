using MediatR;
using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Cases.WithdrawCase;
using ServiceBot.Dialogs.Engine;
using ServiceBot.Dialogs.Engine.Prompts;
using ServiceBot.Dialogs.Flows.Common;
using ServiceBot.Dialogs.Flows.MyCases;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Dialogs.Flows.Withdraw;

/// <summary>撤回: which case (when not named), why, and a confirmation before the case is withdrawn.</summary>
internal sealed class WithdrawDialog : ComponentDialog<WithdrawState>
{
    private readonly IMediator _mediator;
    private readonly CaseProgress _progress;
    private readonly ChoicePrompt _which;
    private readonly TextPrompt _reason;
    private readonly ConfirmPrompt _confirm;

    public WithdrawDialog(IMediator mediator, CaseProgress progress)
        : base(nameof(WithdrawDialog))
    {
        _mediator = mediator;
        _progress = progress;
        _which = Add(new ChoicePrompt(ChildId("Which")));
        _reason = Add(TextPrompt.AtLeast(ChildId("Reason"), 2, () => T("ReasonInvalid")));
        _confirm = Add(new ConfirmPrompt(ChildId("Confirm")));
    }

    private static string T(string key) => WithdrawTexts.Catalog[key];

    private static string F(string key, params object?[] values) => WithdrawTexts.Catalog.Format(key, values);

    private static bool CanWithdraw(CaseDetail c) => c.PermittedActions.Any(a => a.Name == CaseActionNames.ToName(CaseTrigger.Withdraw));

    protected override IEnumerable<WaterfallStep<WithdrawState>> DefineSteps() => [WhichStepAsync, ReasonStepAsync, ConfirmStepAsync, SubmitStepAsync];

    private Task<DialogTurnResult> WhichStepAsync(WaterfallStepContext<WithdrawState> step, CancellationToken cancellationToken) =>
        step.ChooseCaseAsync(step.State.CaseNumber, WithdrawableAsync, T("NoneWithdrawable"), T("AskWhich"), _which, cancellationToken);

    private async Task<IReadOnlyList<CaseDetail>> WithdrawableAsync(CancellationToken cancellationToken) => [.. (await _progress.OpenCasesAsync(cancellationToken).ConfigureAwait(false)).Where(CanWithdraw)];

    private async Task<DialogTurnResult> ReasonStepAsync(WaterfallStepContext<WithdrawState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        state.CaseNumber = (string)step.Result!;
        var found = await _progress.FindAsync(state.CaseNumber, cancellationToken).ConfigureAwait(false);
        if (found is null || !CanWithdraw(found))
        {
            var text = found is null ? MyCasesTexts.Catalog.Format("NotFound", state.CaseNumber) : F("NotWithdrawable", found.Number, found.StateName);
            return await step.EndWithMenuAsync(text, cancellationToken).ConfigureAwait(false);
        }

        state.Title = found.Title;
        return await step.PromptAsync(_reason.Id, PromptOptions.Say(T("AskReason")), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext<WithdrawState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        state.Reason = ((string)step.Result!).Trim();
        return await step.PromptAsync(_confirm.Id, PromptOptions.Say(F("AskConfirm", state.CaseNumber, state.Title)), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> SubmitStepAsync(WaterfallStepContext<WithdrawState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        string reply;
        if (step.Result is not true)
        {
            reply = F("Kept", state.CaseNumber);
        }
        else
        {
            var withdrawn = await _mediator.Send(new WithdrawCaseCommand(state.CaseNumber!, state.Reason!), cancellationToken).ConfigureAwait(false);
            reply = withdrawn.IsSuccess ? F("Withdrawn", state.CaseNumber) : F("Failed", withdrawn.Error!.Message);
        }

        return await step.EndWithMenuAsync(reply, cancellationToken).ConfigureAwait(false);
    }
}
