using ServiceBot.Dialogs.Engine;
using ServiceBot.Dialogs.Flows.Common;
using ServiceBot.Dialogs.Flows.Evaluate;
using ServiceBot.Dialogs.Flows.Handoff;
using ServiceBot.Dialogs.Flows.MyCases;
using ServiceBot.Dialogs.Flows.PolicyQuestion;
using ServiceBot.Dialogs.Flows.Profile;
using ServiceBot.Dialogs.Flows.ReportProblem;
using ServiceBot.Dialogs.Flows.Supplement;
using ServiceBot.Dialogs.Flows.Welcome;
using ServiceBot.Dialogs.Flows.Withdraw;
using ServiceBot.Language.Intents;
using ServiceBot.Language.Understanding;

namespace ServiceBot.Dialogs.Flows.Routing;

/// <summary>
/// Starts the flow an intent stands for, handing it everything the message said (a report's description and sender,
/// a question, a case number, a rating), so the flow never asks again for what the user already wrote.
/// </summary>
internal sealed class FlowStarts(HandoffService handoffs)
{
    public Task BeginAsync(DialogContext dc, Intent intent, UnderstoodUtterance understood, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(understood);
        var text = understood.Text;
        var number = CaseNumbers.Find(text);
        return intent switch
        {
            Intent.ReportProblem => dc.BeginDialogAsync(nameof(ReportProblemDialog), Report(understood), cancellationToken),
            Intent.AskPolicy => dc.BeginDialogAsync(nameof(PolicyQuestionDialog), new PolicyQuestionState { Question = text }, cancellationToken),
            Intent.CheckProgress => dc.BeginDialogAsync(nameof(MyCasesDialog), new MyCasesState { CaseNumber = number }, cancellationToken),
            Intent.SupplementInformation => dc.BeginDialogAsync(
                nameof(SupplementDialog), new SupplementState { CaseNumber = number, Files = [.. dc.Turn.Attachments.Select(StoredFile.From)] }, cancellationToken),
            Intent.EvaluateAnswer => dc.BeginDialogAsync(nameof(EvaluateDialog), new EvaluateState { CaseNumber = number, Rating = EvaluateDialog.RatingIn(text) }, cancellationToken),
            Intent.Withdraw => dc.BeginDialogAsync(nameof(WithdrawDialog), new WithdrawState { CaseNumber = number }, cancellationToken),
            Intent.TalkToPerson => handoffs.RequestAsync(dc, Interruptions.InterruptionTexts.Catalog.Format("ReasonDirect", text), cancellationToken),
            Intent.Greeting => dc.SendAsync(WelcomeReplies.Hello(), cancellationToken),
            Intent.Help => dc.SendAsync(WelcomeReplies.Help(), cancellationToken),
            _ => dc.SendAsync(WelcomeReplies.Fallback(), cancellationToken),
        };
    }

    /// <summary>A report starts with what the message said: the problem (the whole message when the understanding service found no problem text in it, as for a message it was unsure about; nothing when it was only “我要反映问题”) and the sender.</summary>
    private static ReportProblemState Report(UnderstoodUtterance understood) => new()
    {
        Description = (understood.ProblemText ?? understood.Text) is var problem && Vocabulary.Key(problem).Length > 6 ? problem : null,
        Sender = new ProfileState
        {
            Company = understood.Company,
            CreditCode = understood.CreditCode,
            InvalidCreditCode = understood.InvalidCreditCode?.Text,
            ContactName = understood.Person,
            Mobile = understood.Mobile,
        },
    };
}
