using System.Globalization;
using ServiceBot.Application.Policies.AnswerPolicyQuestion;
using ServiceBot.Dialogs.Engine;
using ServiceBot.Dialogs.Flows.Common;
using ServiceBot.Dialogs.Flows.Profile;
using ServiceBot.Dialogs.Turns;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Dialogs.Flows.PolicyQuestion;

internal sealed partial class PolicyQuestionDialog
{
    /// <summary>An article picked from the short list is shown (looked up again), then 是否解决; 都不是 goes to the consultation offer.</summary>
    private async Task<DialogTurnResult> PickStepAsync(WaterfallStepContext<PolicyQuestionState> step, CancellationToken cancellationToken)
    {
        if (step.Result is not string picked)
        {
            return await step.NextAsync(step.Result, cancellationToken).ConfigureAwait(false);
        }

        if (picked != None && int.TryParse(picked, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && await _mediator.Send(new AnswerPolicyQuestionQuery(step.State.Question!), cancellationToken).ConfigureAwait(false) is { IsSuccess: true } again
            && index < again.Value.Citations.Count)
        {
            var citation = again.Value.Citations[index];
            await step.SendAsync(Reply.Say(PolicyCards.Text(citation)).WithCard(PolicyCards.Card(citation)), cancellationToken).ConfigureAwait(false);
            return await AskSolvedAsync(step, again.Value.FollowUp ?? T("Glad"), cancellationToken).ConfigureAwait(false);
        }

        return await step.NextAsync(false, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> SolvedStepAsync(WaterfallStepContext<PolicyQuestionState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        if (state.AskingToFile)
        {
            return await step.NextAsync(step.Result, cancellationToken).ConfigureAwait(false);
        }

        if (step.Result is true)
        {
            return await step.EndWithMenuAsync(T("Glad"), cancellationToken).ConfigureAwait(false);
        }

        state.AskingToFile = true;
        return await AskFileAsync(step, PolicyQuestionTexts.Catalog.Format("AskFile", state.OfferText), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> FileStepAsync(WaterfallStepContext<PolicyQuestionState> step, CancellationToken cancellationToken)
    {
        if (step.Result is not true)
        {
            return await step.EndWithMenuAsync(T("NoFile"), cancellationToken).ConfigureAwait(false);
        }

        return await step.BeginDialogAsync(nameof(ProfileDialog), new ProfileState(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The consultation case (政策咨询) for the bureau the knowledge base named, with the complexity it judged.</summary>
    private async Task<DialogTurnResult> SubmitStepAsync(WaterfallStepContext<PolicyQuestionState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        var question = state.Question!;
        var description = question.Length >= Case.MinDescriptionLength ? question : PolicyQuestionTexts.Catalog.Format("ConsultationDescription", question);
        var request = new IntakeRequest(
            CaseType.PolicyConsultation,
            null,
            description,
            Urgent: false,
            UrgencyReason: null,
            state.Complexity,
            (EnterpriseProfile)step.Result!,
            [],
            state.OfferBureauCode,
            state.OfferBureauName);
        var submitted = await _intake.SubmitAsync(request, step.Turn, cancellationToken).ConfigureAwait(false);
        var reply = submitted.IsSuccess ? submitted.Value : Menu.Say(CommonTexts.Format("SubmitFailed", submitted.Error!.Message));
        await step.SendAsync(reply, cancellationToken).ConfigureAwait(false);
        return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
