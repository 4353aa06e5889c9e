using ServiceBot.Application.Understanding;
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
/// What a message means when no flow is running: the menu's own words first, then the intent the understanding
/// service recognises, which starts its flow with everything the message already said (a report in one message
/// carries its description, company, code, contact and mobile into the flow). Anything else gets the menu.
/// </summary>
internal sealed class Router(IUnderstandingService understanding, HandoffService handoffs)
{
    private static readonly HashSet<string> ProfileWords = new(["修改企业信息", "修改信息", "企业信息", "更改企业信息", "修改联系人", "修改手机号", "修改联系方式"], StringComparer.Ordinal);

    public Task RouteAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var text = dc.Input;
        if (text.Length == 0)
        {
            return dc.Turn.Attachments.Count > 0
                ? dc.BeginDialogAsync(nameof(SupplementDialog), new SupplementState { Files = [.. dc.Turn.Attachments.Select(StoredFile.From)] }, cancellationToken)
                : dc.SendAsync(WelcomeReplies.Fallback(), cancellationToken);
        }

        var key = Vocabulary.Key(text);
        if (key == Vocabulary.Key(Menu.Report) || key == "我要反映问题")
        {
            return dc.BeginDialogAsync(nameof(ReportProblemDialog), new ReportProblemState(), cancellationToken);
        }

        if (key == Vocabulary.Key(Menu.Policy))
        {
            return dc.BeginDialogAsync(nameof(PolicyQuestionDialog), new PolicyQuestionState(), cancellationToken);
        }

        if (ProfileWords.Contains(key))
        {
            return dc.BeginDialogAsync(nameof(ProfileDialog), new ProfileState { Edit = true }, cancellationToken);
        }

        var understood = understanding.Understand(text);
        var number = CaseNumbers.Find(text);
        return understood.Intent.Intent switch
        {
            Intent.ReportProblem => dc.BeginDialogAsync(nameof(ReportProblemDialog), Report(understood), cancellationToken),
            Intent.AskPolicy => dc.BeginDialogAsync(nameof(PolicyQuestionDialog), new PolicyQuestionState { Question = text }, cancellationToken),
            Intent.CheckProgress => dc.BeginDialogAsync(nameof(MyCasesDialog), new MyCasesState { CaseNumber = number }, cancellationToken),
            Intent.SupplementInformation => dc.BeginDialogAsync(
                nameof(SupplementDialog), new SupplementState { CaseNumber = number, Files = [.. dc.Turn.Attachments.Select(StoredFile.From)] }, cancellationToken),
            Intent.EvaluateAnswer => dc.BeginDialogAsync(nameof(EvaluateDialog), new EvaluateState { CaseNumber = number, Rating = EvaluateDialog.RatingIn(text) }, cancellationToken),
            Intent.Withdraw => dc.BeginDialogAsync(nameof(WithdrawDialog), new WithdrawState { CaseNumber = number }, cancellationToken),
            Intent.TalkToPerson => handoffs.RequestAsync(dc, InterruptionReason(text), cancellationToken),
            Intent.Greeting => dc.SendAsync(WelcomeReplies.Hello(), cancellationToken),
            Intent.Help => dc.SendAsync(WelcomeReplies.Help(), cancellationToken),
            _ => dc.SendAsync(WelcomeReplies.Fallback(), cancellationToken),
        };
    }

    private static string InterruptionReason(string text) => Interruptions.InterruptionTexts.Catalog.Format("ReasonDirect", text);

    /// <summary>A report starts with what the message said: the problem (unless the message was only “我要反映问题”) and the sender.</summary>
    private static ReportProblemState Report(UnderstoodUtterance understood) => new()
    {
        Description = understood.ProblemText is { } problem && Vocabulary.Key(problem).Length > 6 ? problem : null,
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
