using ServiceBot.Dialogs.Engine;
using ServiceBot.Dialogs.Engine.Prompts;
using ServiceBot.Dialogs.Flows.Common;
using ServiceBot.Dialogs.Flows.Profile;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs.Flows.ReportProblem;

internal sealed partial class ReportProblemDialog
{
    private const string Submit = "submit";
    private const string EditDescription = "edit-description";
    private const string EditBureau = "edit-bureau";
    private const string EditUrgency = "edit-urgency";
    private const string EditProfile = "edit-profile";
    private const string Cancel = "cancel";

    /// <summary>Who reports: the stored profile, what the first message said, or asked now (only what is missing).</summary>
    private async Task<DialogTurnResult> ProfileStepAsync(WaterfallStepContext<ReportProblemState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        var options = state.Enterprise is { } known
            ? new ProfileState { Company = known.EnterpriseName, CreditCode = known.CreditCode, ContactName = known.ContactName, Mobile = known.Mobile }
            : new ProfileState
            {
                Company = state.Sender.Company,
                CreditCode = state.Sender.CreditCode,
                InvalidCreditCode = state.Sender.InvalidCreditCode,
                ContactName = state.Sender.ContactName,
                Mobile = state.Sender.Mobile,
            };
        options.Edit = state.Editing == EditProfile;
        state.Editing = null;
        return await step.BeginDialogAsync(nameof(ProfileDialog), options, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> SummaryStepAsync(WaterfallStepContext<ReportProblemState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        if (step.Result is EnterpriseProfile profile)
        {
            state.Enterprise = profile;
            state.Sender = new ProfileState();
        }

        var enterprise = state.Enterprise!;
        var card = new AdaptiveCard()
            .Title(T("SummaryTitle"))
            .Text(state.Description)
            .Facts(
                (T("SummaryCategory"), state.Category),
                (T("SummaryBureau"), state.Chosen?.Name ?? T("SummaryBureauUnsure")),
                (T("SummaryUrgency"), state.Urgent ? $"{T("UrgencyUrgent")}（{state.UrgencyReason}）" : T("UrgencyNormal")),
                (T("SummaryFiles"), state.Files.Count == 0 ? null : string.Join("、", state.Files.Select(f => f.FileName))),
                (T("SummaryEnterprise"), $"{enterprise.EnterpriseName}（{enterprise.CreditCode}）"),
                (T("SummaryContact"), $"{enterprise.ContactName} {enterprise.Mobile}"));
        return await step.PromptAsync(_choice.Id, new PromptOptions
        {
            Prompt = Reply.Say(T("AskSummary")).WithCard(card.ToJson()),
            Retry = Reply.Say(T("AskSummary")),
            Help = T("HelpSummary"),
            Choices =
            [
                new(Submit, T("ChoiceSubmit"), ["提交", "确认", "确定", "是", "对", "好的", "没问题", "可以"]),
                new(EditDescription, T("ChoiceEditDescription"), ["修改描述", "改描述"]),
                new(EditBureau, T("ChoiceEditBureau"), ["修改单位", "改单位"]),
                new(EditUrgency, T("ChoiceEditUrgency")),
                new(EditProfile, T("ChoiceEditProfile"), ["修改联系人", "修改手机", "修改企业"]),
                new(Cancel, T("ChoiceCancel"), ["不提交", "不要了"]),
            ],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> DecideStepAsync(WaterfallStepContext<ReportProblemState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        state.Editing = step.Result as string;
        switch (step.Result)
        {
            case EditDescription:
                state.Description = null;
                return await step.GoToAsync(nameof(DescribeStepAsync), cancellationToken).ConfigureAwait(false);
            case EditBureau:
                return await step.GoToAsync(nameof(TriageStepAsync), cancellationToken).ConfigureAwait(false);
            case EditUrgency:
                return await step.GoToAsync(nameof(UrgencyStepAsync), cancellationToken).ConfigureAwait(false);
            case EditProfile:
                return await step.GoToAsync(nameof(ProfileStepAsync), cancellationToken).ConfigureAwait(false);
            case Cancel:
                return await step.EndWithMenuAsync(CommonTexts.Get("Cancelled"), cancellationToken).ConfigureAwait(false);
            default:
                state.Editing = null;
                return await SubmitAsync(step, cancellationToken).ConfigureAwait(false);
        }
    }
}
