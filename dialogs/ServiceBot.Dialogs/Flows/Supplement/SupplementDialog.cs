using MediatR;
using ServiceBot.Application.Cases.Common;
using ServiceBot.Application.Cases.SupplyInformation;
using ServiceBot.Dialogs.Engine;
using ServiceBot.Dialogs.Engine.Prompts;
using ServiceBot.Dialogs.Flows.Common;
using ServiceBot.Dialogs.Flows.MyCases;
using ServiceBot.Dialogs.Turns;
using ServiceBot.Domain.Cases;

namespace ServiceBot.Dialogs.Flows.Supplement;

/// <summary>
/// 补充材料: a bureau asked the enterprise for information (the notification's 补充材料 button starts this flow); the
/// user answers in text and/or files, which go onto the case, and the answer clock resumes.
/// </summary>
internal sealed class SupplementDialog : ComponentDialog<SupplementState>
{
    private readonly IMediator _mediator;
    private readonly CaseProgress _progress;
    private readonly CaseFiles _files;
    private readonly ChoicePrompt _which;
    private readonly TextOrAttachmentPrompt _information;

    public SupplementDialog(IMediator mediator, CaseProgress progress, CaseFiles files)
        : base(nameof(SupplementDialog))
    {
        _mediator = mediator;
        _progress = progress;
        _files = files;
        _which = Add(new ChoicePrompt(ChildId("Which")));
        _information = Add(new TextOrAttachmentPrompt(ChildId("Information")));
    }

    private static string T(string key) => SupplementTexts.Catalog[key];

    private static string F(string key, params object?[] values) => SupplementTexts.Catalog.Format(key, values);

    protected override IEnumerable<WaterfallStep<SupplementState>> DefineSteps() => [WhichStepAsync, AskStepAsync, SubmitStepAsync];

    private Task<DialogTurnResult> WhichStepAsync(WaterfallStepContext<SupplementState> step, CancellationToken cancellationToken) =>
        step.ChooseCaseAsync(step.State.CaseNumber, AwaitingAsync, T("NoneAwaiting"), T("AskWhich"), _which, cancellationToken);

    private async Task<IReadOnlyList<CaseDetail>> AwaitingAsync(CancellationToken cancellationToken) =>
        [.. (await _progress.OpenCasesAsync(cancellationToken).ConfigureAwait(false)).Where(c => c.State == CaseState.AwaitingInformation)];

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext<SupplementState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        state.CaseNumber = (string)step.Result!;
        var found = await _progress.FindAsync(state.CaseNumber, cancellationToken).ConfigureAwait(false);
        if (found is not { State: CaseState.AwaitingInformation })
        {
            var text = found is null ? MyCasesTexts.Catalog.Format("NotFound", state.CaseNumber) : F("NotAwaiting", found.Number, found.StateName);
            return await step.EndWithMenuAsync(text, cancellationToken).ConfigureAwait(false);
        }

        var question = state.Files.Count == 0
            ? F("AskInformation", found.Number, found.PendingInformationRequest)
            : F("AskInformationWithFiles", found.Number, found.PendingInformationRequest, state.Files.Count);
        return await step.PromptAsync(_information.Id, new PromptOptions { Prompt = Reply.Say(question), AllowSkip = state.Files.Count > 0 }, cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> SubmitStepAsync(WaterfallStepContext<SupplementState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        var number = state.CaseNumber!;
        var answer = (TextOrFiles)step.Result!;
        state.Files.AddRange(answer.Files.Select(StoredFile.From));
        var text = Vocabulary.IsSkip(answer.Text) ? string.Empty : answer.Text.Trim();
        var failed = await _files.AttachAsync(number, state.Files, cancellationToken).ConfigureAwait(false);
        var information = text.Length > 0 ? text : F("FilesOnly", string.Join("、", state.Files.Select(f => f.FileName)));
        var supplied = await _mediator.Send(new SupplyInformationCommand(number, information), cancellationToken).ConfigureAwait(false);
        string reply;
        if (!supplied.IsSuccess)
        {
            reply = F("Failed", supplied.Error!.Message);
        }
        else
        {
            var after = await _progress.FindAsync(number, cancellationToken).ConfigureAwait(false);
            reply = after is not null && CaseClocks.DueDate(after, ClockKind.Answer) is { } due ? F("Supplied", number, due) : F("SuppliedNoDue", number);
        }

        if (failed.Count > 0)
        {
            reply += "\n" + CommonTexts.Format("FilesFailed", string.Join("、", failed));
        }

        return await step.EndWithMenuAsync(reply, cancellationToken).ConfigureAwait(false);
    }
}
