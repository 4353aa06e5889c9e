using ServiceBot.Application.Understanding;
using ServiceBot.Dialogs.Engine;
using ServiceBot.Dialogs.Flows.Common;
using ServiceBot.Dialogs.Flows.PolicyQuestion;
using ServiceBot.Dialogs.Flows.Profile;
using ServiceBot.Dialogs.Flows.ReportProblem;
using ServiceBot.Dialogs.Flows.Supplement;
using ServiceBot.Dialogs.Flows.Welcome;
using ServiceBot.Language.Intents;
using ServiceBot.Language.Understanding;

namespace ServiceBot.Dialogs.Flows.Routing;

/// <summary>
/// What a message means when no flow is running: the menu's own words first, then the intent the understanding
/// service recognises, which starts its flow with everything the message already said. A long message whose intent
/// is not clear enough is not guessed at: the user is asked what they want (<see cref="ClarifyDialog"/>), and the
/// chosen flow still gets the whole message. Anything else gets the menu.
/// </summary>
internal sealed class Router(IUnderstandingService understanding, FlowStarts starts)
{
    /// <summary>Below this, a long message's intent is confirmed with the user rather than acted on.</summary>
    public const double ClearIntent = 0.8;

    /// <summary>Below this, a greeting or a call for help is more likely something the bot did not understand.</summary>
    public const double ClearSmallTalk = 0.6;

    /// <summary>From this length a message is a request in its own words rather than a keyword.</summary>
    public const int LongMessage = 12;

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
        return NeedsClarifying(understood)
            ? dc.BeginDialogAsync(nameof(ClarifyDialog), new ClarifyState { Text = text, Guess = understood.Intent.Intent }, cancellationToken)
            : starts.BeginAsync(dc, Acted(understood), understood, cancellationToken);
    }

    /// <summary>A long message with a case number is about that case; a long one otherwise needs a clear intent.</summary>
    private static bool NeedsClarifying(UnderstoodUtterance understood) =>
        understood.Text.Length >= LongMessage
        && understood.Intent.Confidence < ClearIntent
        && CaseNumbers.Find(understood.Text) is null
        && understood.Intent.Intent is not Intent.TalkToPerson;

    private static Intent Acted(UnderstoodUtterance understood) =>
        understood.Intent is { Intent: Intent.Greeting or Intent.Help, Confidence: < ClearSmallTalk } ? Intent.Unknown : understood.Intent.Intent;
}
