using System.Globalization;
using MediatR;
using ServiceBot.Application.Triage.TriageProblem;
using ServiceBot.Dialogs.Engine;
using ServiceBot.Dialogs.Engine.Prompts;
using ServiceBot.Dialogs.Flows.Common;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs.Flows.ReportProblem;

/// <summary>
/// 反映问题: the description (asked again when too short or meaningless), triage's proposal of category and bureau
/// with its explanation for the user to confirm (or pick another bureau, or leave it to the coordinator), urgency
/// (urgent needs a reason), optional files, the enterprise profile, a summary to confirm or edit, then the case —
/// and the answer names its number, the bureau and the deadlines as dates.
/// </summary>
internal sealed partial class ReportProblemDialog : ComponentDialog<ReportProblemState>
{
    private const string Confirm = "confirm";
    private const string Unsure = "unsure";
    private const string Urgent = "urgent";
    private const string Normal = "normal";

    /// <summary>Alternatives below this are noise to the user (0.4% for 水务局 on a land problem); the coordinator still sees them.</summary>
    private const double MinAlternativeConfidence = 0.1;

    private readonly IMediator _mediator;
    private readonly CaseIntake _intake;
    private readonly TextPrompt _description;
    private readonly ChoicePrompt _choice;
    private readonly TextPrompt _reason;
    private readonly AttachmentPrompt _attachments;

    public ReportProblemDialog(IMediator mediator, CaseIntake intake)
        : base(nameof(ReportProblemDialog))
    {
        _mediator = mediator;
        _intake = intake;
        _description = Add(new TextPrompt(ChildId("Description"), (text, _, _) => Task.FromResult(DescriptionRules.ProblemWith(text))));
        _choice = Add(new ChoicePrompt(ChildId("Choice")));
        _reason = Add(TextPrompt.AtLeast(ChildId("Reason"), 2, () => T("UrgencyReasonInvalid")));
        _attachments = Add(new AttachmentPrompt(ChildId("Files")));
    }

    private static string T(string key) => ReportProblemTexts.Catalog[key];

    private static string F(string key, params object?[] values) => ReportProblemTexts.Catalog.Format(key, values);

    protected override IEnumerable<WaterfallStep<ReportProblemState>> DefineSteps() =>
    [
        DescribeStepAsync, TriageStepAsync, UrgencyStepAsync, UrgencyReasonStepAsync, FilesStepAsync, MoreFilesStepAsync,
        ProfileStepAsync, SummaryStepAsync, DecideStepAsync,
    ];

    /// <summary>The description the first message already gave is kept when it will do; otherwise asked (with the reason when it was too short).</summary>
    private async Task<DialogTurnResult> DescribeStepAsync(WaterfallStepContext<ReportProblemState> step, CancellationToken cancellationToken)
    {
        var given = step.State.Description;
        if (DescriptionRules.ProblemWith(given) is not { } problem)
        {
            return await step.NextAsync(given, cancellationToken).ConfigureAwait(false);
        }

        var question = string.IsNullOrWhiteSpace(given) ? T("AskDescription") : $"{problem}\n{T("AskDescription")}";
        return await step.PromptAsync(_description.Id, PromptOptions.Say(question, T("AskDescription"), T("HelpDescription")), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> TriageStepAsync(WaterfallStepContext<ReportProblemState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        state.Description = (step.Result as string ?? state.Description)!.Trim();
        await step.Context.BusyAsync(cancellationToken).ConfigureAwait(false);
        var triage = await _mediator.Send(new TriageProblemQuery(state.Description), cancellationToken).ConfigureAwait(false);
        if (!triage.IsSuccess)
        {
            state.Proposed = null;
            await step.SendAsync(Reply.Say(T("TriageFailed")), cancellationToken).ConfigureAwait(false);
            return await step.NextAsync(Unsure, cancellationToken).ConfigureAwait(false);
        }

        var view = triage.Value;
        state.Category = view.Category;
        state.Proposed = new BureauOption(view.Bureau.Code, view.Bureau.Name);
        state.AutoDispatch = view.AutoDispatch;
        state.Alternatives = [.. view.Alternatives.Where(a => a.Confidence >= MinAlternativeConfidence).Take(2).Select(a => new BureauOption(a.Code, a.Name))];
        var card = new AdaptiveCard()
            .Title(T("TriageTitle"))
            .Facts(
                (T("TriageCategory"), view.Category),
                (T("TriageBureau"), view.Bureau.Name),
                (T("TriageConfidence"), view.Confidence.ToString("P0", CultureInfo.InvariantCulture)))
            .Text(view.Explanation, subtle: true);
        return await AskBureauAsync(step, card.ToJson(), cancellationToken).ConfigureAwait(false);
    }

    private Task<DialogTurnResult> AskBureauAsync(WaterfallStepContext<ReportProblemState> step, string card, CancellationToken cancellationToken)
    {
        var state = step.State;
        return step.PromptAsync(_choice.Id, new PromptOptions
        {
            Prompt = Reply.Say(F(state.AutoDispatch ? "TriageAsk" : "TriageAskLow", state.Proposed!.Name)).WithCard(card),
            Retry = Reply.Say(F("TriageAsk", state.Proposed.Name)),
            Help = T("HelpTriage"),
            Choices =
            [
                new(Confirm, T("ChoiceConfirm"), ["是", "对", "可以", "好", "好的", "同意", "没问题", "确定", state.Proposed.Name]),
                .. state.Alternatives.Select(a => new Choice(a.Code, a.Name)),
                new(Unsure, T("ChoiceUnsure"), ["不知道", "不清楚", "你们定", "不是", "不对", "都不是"]),
            ],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> UrgencyStepAsync(WaterfallStepContext<ReportProblemState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        if (step.Result is string choice)
        {
            state.Chosen = choice == Confirm ? state.Proposed : state.Alternatives.FirstOrDefault(a => a.Code == choice);
        }

        if (state.Editing is EditDescription or EditBureau)
        {
            state.Editing = null;
            return await step.GoToAsync(nameof(SummaryStepAsync), cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(_choice.Id, new PromptOptions
        {
            Prompt = Reply.Say(T("AskUrgency")),
            Help = T("HelpUrgency"),
            Choices = [new(Normal, T("UrgencyNormal"), ["不急", "不紧急", "普通", "一般般"]), new(Urgent, T("UrgencyUrgent"), ["很急", "急", "特别急", "加急"])],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> UrgencyReasonStepAsync(WaterfallStepContext<ReportProblemState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        state.Urgent = Equals(step.Result, Urgent);
        state.UrgencyReason = null;
        return state.Urgent
            ? await step.PromptAsync(_reason.Id, PromptOptions.Say(T("AskUrgencyReason")), cancellationToken).ConfigureAwait(false)
            : await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> FilesStepAsync(WaterfallStepContext<ReportProblemState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        if (step.Result is string reason)
        {
            state.UrgencyReason = reason.Trim();
        }

        if (state.Editing == EditUrgency)
        {
            state.Editing = null;
            return await step.GoToAsync(nameof(SummaryStepAsync), cancellationToken).ConfigureAwait(false);
        }

        var prompt = state.Files.Count == 0
            ? Reply.Say(T("AskFiles"))
            : Reply.Say(F("AskMoreFiles", state.Files.Count, string.Join("、", state.Files.Select(f => f.FileName))));
        return await step.PromptAsync(_attachments.Id, new PromptOptions { Prompt = prompt, AllowSkip = true }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Files received: remember them and offer to add more; 跳过/完成 goes on.</summary>
    private async Task<DialogTurnResult> MoreFilesStepAsync(WaterfallStepContext<ReportProblemState> step, CancellationToken cancellationToken)
    {
        if (step.Result is IReadOnlyList<TurnAttachment> { Count: > 0 } received)
        {
            step.State.Files.AddRange(received.Select(StoredFile.From));
            return await step.GoToAsync(nameof(FilesStepAsync), cancellationToken).ConfigureAwait(false);
        }

        return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
