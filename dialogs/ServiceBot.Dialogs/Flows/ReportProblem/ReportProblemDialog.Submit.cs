using ServiceBot.Dialogs.Engine;
using ServiceBot.Dialogs.Flows.Common;
using ServiceBot.Dialogs.Turns;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Dialogs.Flows.ReportProblem;

internal sealed partial class ReportProblemDialog
{
    /// <summary>
    /// Files the case. A confirmed proposal is dispatched at once when triage was confident (the service line checks
    /// that itself); an alternative bureau or 不确定 leaves routing to the coordinator office. A refusal goes back to
    /// the summary with the reason.
    /// </summary>
    private async Task<DialogTurnResult> SubmitAsync(WaterfallStepContext<ReportProblemState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        await step.Context.BusyAsync(cancellationToken).ConfigureAwait(false);
        var confirmedProposal = state.Chosen is not null && state.Proposed is not null && state.Chosen.Code == state.Proposed.Code;
        var request = new IntakeRequest(
            CaseType.Problem,
            state.Category,
            state.Description!,
            state.Urgent,
            state.UrgencyReason,
            CaseComplexity.Normal,
            state.Enterprise!,
            state.Files,
            confirmedProposal ? state.Chosen!.Code : null,
            state.Chosen?.Name);
        var submitted = await _intake.SubmitAsync(request, step.Turn, cancellationToken).ConfigureAwait(false);
        if (!submitted.IsSuccess)
        {
            await step.SendAsync(Reply.Say(CommonTexts.Format("SubmitFailed", submitted.Error!.Message)), cancellationToken).ConfigureAwait(false);
            return await step.GoToAsync(nameof(SummaryStepAsync), cancellationToken).ConfigureAwait(false);
        }

        await step.SendAsync(submitted.Value, cancellationToken).ConfigureAwait(false);
        return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
