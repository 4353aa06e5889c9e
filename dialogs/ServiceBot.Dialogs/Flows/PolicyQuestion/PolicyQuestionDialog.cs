using System.Globalization;
using MediatR;
using ServiceBot.Application.Policies.AnswerPolicyQuestion;
using ServiceBot.Application.Policies.Common;
using ServiceBot.Dialogs.Engine;
using ServiceBot.Dialogs.Engine.Prompts;
using ServiceBot.Dialogs.Flows.Common;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs.Flows.PolicyQuestion;

/// <summary>
/// 政策咨询: the knowledge base's answer (document, article, quotes, figures, validity) and 是否解决; a short list when
/// several articles fit; and when nothing answers it, or the answer did not help, the offer of a consultation case
/// routed to the bureau that owns the question — filed with the profile and confirmed with number, bureau and due date.
/// </summary>
internal sealed partial class PolicyQuestionDialog : ComponentDialog<PolicyQuestionState>
{
    private const string None = "none";
    private readonly IMediator _mediator;
    private readonly CaseIntake _intake;
    private readonly TextPrompt _question;
    private readonly ChoicePrompt _pick;
    private readonly ConfirmPrompt _confirm;

    public PolicyQuestionDialog(IMediator mediator, CaseIntake intake)
        : base(nameof(PolicyQuestionDialog))
    {
        _mediator = mediator;
        _intake = intake;
        _question = Add(new TextPrompt(ChildId("Question"), (text, _, _) => Task.FromResult(IsQuestion(text) ? null : T("QuestionInvalid"))));
        _pick = Add(new ChoicePrompt(ChildId("Pick")));
        _confirm = Add(new ConfirmPrompt(ChildId("Confirm")));
    }

    private static string T(string key) => PolicyQuestionTexts.Catalog[key];

    /// <summary>More than the menu's own words (政策咨询): something to look up.</summary>
    public static bool IsQuestion(string? text) => Vocabulary.Key(text).Replace("政策", string.Empty, StringComparison.Ordinal).Replace("咨询", string.Empty, StringComparison.Ordinal).Length >= 3;

    protected override IEnumerable<WaterfallStep<PolicyQuestionState>> DefineSteps() =>
        [AskStepAsync, AnswerStepAsync, PickStepAsync, SolvedStepAsync, FileStepAsync, SubmitStepAsync];

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext<PolicyQuestionState> step, CancellationToken cancellationToken) =>
        IsQuestion(step.State.Question)
            ? await step.NextAsync(step.State.Question, cancellationToken).ConfigureAwait(false)
            : await step.PromptAsync(_question.Id, PromptOptions.Say(T("AskQuestion"), help: T("HelpQuestion")), cancellationToken).ConfigureAwait(false);

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext<PolicyQuestionState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        state.Question = ((string)step.Result!).Trim();
        await step.Context.BusyAsync(cancellationToken).ConfigureAwait(false);
        var answered = await _mediator.Send(new AnswerPolicyQuestionQuery(state.Question), cancellationToken).ConfigureAwait(false);
        if (!answered.IsSuccess)
        {
            return await step.EndWithMenuAsync(T("Failed"), cancellationToken).ConfigureAwait(false);
        }

        var answer = answered.Value;
        state.OfferBureauCode = answer.Consultation.Routing == ConsultationRouting.Coordinator ? null : answer.Consultation.BureauCode;
        state.OfferBureauName = answer.Consultation.BureauName;
        state.OfferText = answer.Consultation.Text;
        state.Complexity = answer.Consultation.Complexity;
        switch (answer.Kind)
        {
            case PolicyAnswerKind.Answered:
                state.AskingToFile = false;
                var reply = Reply.Say(answer.Text);
                if (answer.Citations.Count > 0)
                {
                    reply = reply.WithCard(PolicyCards.Card(answer.Citations[0]));
                }

                await step.SendAsync(reply, cancellationToken).ConfigureAwait(false);
                return await AskSolvedAsync(step, answer.FollowUp ?? T("Glad"), cancellationToken).ConfigureAwait(false);
            case PolicyAnswerKind.Choices:
                return await step.PromptAsync(_pick.Id, new PromptOptions
                {
                    Prompt = Reply.Say(answer.Text),
                    Choices =
                    [
                        .. answer.Citations.Select((c, i) => new Choice(i.ToString(CultureInfo.InvariantCulture), Short(c.Reference), [c.Reference])),
                        new Choice(None, T("ChoiceNone"), ["都不对", "没有"]),
                    ],
                }, cancellationToken).ConfigureAwait(false);
            default:
                state.AskingToFile = true;
                return await AskFileAsync(step, answer.Text, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Short(string reference) => reference.Length <= 30 ? reference : reference[..29] + "…";

    private Task<DialogTurnResult> AskSolvedAsync(WaterfallStepContext<PolicyQuestionState> step, string question, CancellationToken cancellationToken) =>
        step.PromptAsync(_confirm.Id, new PromptOptions
        {
            Prompt = Reply.Say(question),
            Choices = [new(T("ChoiceSolved"), T("ChoiceSolved"), ["解决了", "是", "清楚了", "明白了", "谢谢"]), new(T("ChoiceNotSolved"), T("ChoiceNotSolved"), ["没有", "否", "不清楚"])],
        }, cancellationToken);

    private Task<DialogTurnResult> AskFileAsync(WaterfallStepContext<PolicyQuestionState> step, string question, CancellationToken cancellationToken) =>
        step.PromptAsync(_confirm.Id, new PromptOptions
        {
            Prompt = Reply.Say(question),
            Choices = [new(T("ChoiceFile"), T("ChoiceFile"), ["提交", "要", "需要", "是", "好的"]), new(T("ChoiceNoFile"), T("ChoiceNoFile"), ["不用", "不需要", "否", "算了"])],
        }, cancellationToken);
}
