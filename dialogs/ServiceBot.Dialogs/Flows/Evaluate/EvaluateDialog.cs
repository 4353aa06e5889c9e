using MediatR;
using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Cases.EvaluateCase;
using ServiceBot.Dialogs.Engine;
using ServiceBot.Dialogs.Engine.Prompts;
using ServiceBot.Dialogs.Flows.Common;
using ServiceBot.Dialogs.Flows.MyCases;
using ServiceBot.Dialogs.Turns;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Dialogs.Flows.Evaluate;

/// <summary>
/// 评价: 满意 / 基本满意 / 不满意, solved or not, and a comment (the reason, required when unsatisfied). Satisfied closes
/// the case; unsatisfied reopens it (重办), and the user is told who handles it again and by when.
/// </summary>
internal sealed class EvaluateDialog : ComponentDialog<EvaluateState>
{
    private static readonly EvaluationRating[] Ratings = [EvaluationRating.Satisfied, EvaluationRating.BasicallySatisfied, EvaluationRating.Unsatisfied];

    private readonly IMediator _mediator;
    private readonly CaseProgress _progress;
    private readonly ChoicePrompt _choice;
    private readonly ConfirmPrompt _solved;
    private readonly TextPrompt _reason;
    private readonly TextPrompt _comment;

    public EvaluateDialog(IMediator mediator, CaseProgress progress)
        : base(nameof(EvaluateDialog))
    {
        _mediator = mediator;
        _progress = progress;
        _choice = Add(new ChoicePrompt(ChildId("Choice")));
        _solved = Add(new ConfirmPrompt(ChildId("Solved")));
        _reason = Add(TextPrompt.AtLeast(ChildId("Reason"), 2, () => T("ReasonInvalid")));
        _comment = Add(new TextPrompt(ChildId("Comment")));
    }

    private static string T(string key) => EvaluateTexts.Catalog[key];

    private static string F(string key, params object?[] values) => EvaluateTexts.Catalog.Format(key, values);

    /// <summary>The rating a text names (不满意 before 满意: one contains the other).</summary>
    public static EvaluationRating? RatingIn(string? text) =>
        text is null ? null : Ratings.OrderByDescending(r => r.ToChinese().Length).Cast<EvaluationRating?>().FirstOrDefault(r => text.Contains(r!.Value.ToChinese(), StringComparison.Ordinal));

    protected override IEnumerable<WaterfallStep<EvaluateState>> DefineSteps() => [WhichStepAsync, RatingStepAsync, SolvedStepAsync, CommentStepAsync, SubmitStepAsync];

    private Task<DialogTurnResult> WhichStepAsync(WaterfallStepContext<EvaluateState> step, CancellationToken cancellationToken) =>
        step.ChooseCaseAsync(step.State.CaseNumber, AnsweredAsync, T("NoneToEvaluate"), T("AskWhich"), _choice, cancellationToken);

    private async Task<IReadOnlyList<CaseDetail>> AnsweredAsync(CancellationToken cancellationToken) =>
        [.. (await _progress.OpenCasesAsync(cancellationToken).ConfigureAwait(false)).Where(c => c.State == CaseState.Answered)];

    private async Task<DialogTurnResult> RatingStepAsync(WaterfallStepContext<EvaluateState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        state.CaseNumber = (string)step.Result!;
        var found = await _progress.FindAsync(state.CaseNumber, cancellationToken).ConfigureAwait(false);
        if (found is null || found.State != CaseState.Answered)
        {
            var text = found is null ? MyCasesTexts.Catalog.Format("NotFound", state.CaseNumber) : F("NotEvaluable", found.Number, found.StateName);
            return await step.EndWithMenuAsync(text, cancellationToken).ConfigureAwait(false);
        }

        if (state.Rating is { } given)
        {
            return await step.NextAsync(given.ToString(), cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(_choice.Id, new PromptOptions
        {
            Prompt = Reply.Say(F("AskRating", found.Number, found.Answer)),
            Help = T("HelpRating"),
            Choices = [.. Ratings.Select(r => new Choice(r.ToString(), r.ToChinese()))],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> SolvedStepAsync(WaterfallStepContext<EvaluateState> step, CancellationToken cancellationToken)
    {
        step.State.Rating = Enum.Parse<EvaluationRating>((string)step.Result!);
        return await step.PromptAsync(_solved.Id, new PromptOptions
        {
            Prompt = Reply.Say(T("AskSolved")),
            Choices = [new(T("ChoiceSolved"), T("ChoiceSolved"), ["解决了", "是", "解决"]), new(T("ChoiceNotSolved"), T("ChoiceNotSolved"), ["没解决", "否", "没有"])],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> CommentStepAsync(WaterfallStepContext<EvaluateState> step, CancellationToken cancellationToken)
    {
        step.State.Solved = (bool)step.Result!;
        return step.State.Rating == EvaluationRating.Unsatisfied
            ? await step.PromptAsync(_reason.Id, PromptOptions.Say(T("AskReason")), cancellationToken).ConfigureAwait(false)
            : await step.PromptAsync(_comment.Id, new PromptOptions { Prompt = Reply.Say(T("AskComment")), AllowSkip = true }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> SubmitStepAsync(WaterfallStepContext<EvaluateState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        var comment = step.Result is string { Length: > 0 } text ? text.Trim() : null;
        var rating = state.Rating!.Value;
        var evaluated = await _mediator.Send(new EvaluateCaseCommand(state.CaseNumber!, rating, state.Solved, comment), cancellationToken).ConfigureAwait(false);
        if (!evaluated.IsSuccess)
        {
            return await step.EndWithMenuAsync(F("Failed", evaluated.Error!.Message), cancellationToken).ConfigureAwait(false);
        }

        var after = await _progress.FindAsync(state.CaseNumber!, cancellationToken).ConfigureAwait(false);
        var reply = rating != EvaluationRating.Unsatisfied
            ? F("Closed", rating.ToChinese(), state.CaseNumber)
            : after?.LeadBureau is { } lead && CaseClocks.DueDate(after, ClockKind.Answer) is { } due
                ? F("Reopened", rating.ToChinese(), state.CaseNumber, lead.Name, due)
                : F("ReopenedQueued", rating.ToChinese(), state.CaseNumber);
        return await step.EndWithMenuAsync(reply, cancellationToken).ConfigureAwait(false);
    }
}
