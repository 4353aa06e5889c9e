using ServiceBot.Dialogs.Engine;
using ServiceBot.Dialogs.Engine.Prompts;
using ServiceBot.Dialogs.Flows.Common;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs.Flows.MyCases;

/// <summary>
/// 我的诉求 / 我的诉求到哪了 / 查询进度 QY…: one case by number in detail; otherwise the open cases — the only one in
/// detail at once, or a list to pick one from.
/// </summary>
internal sealed class MyCasesDialog : ComponentDialog<MyCasesState>
{
    private const string None = "none";
    private readonly CaseProgress _progress;
    private readonly ChoicePrompt _which;

    public MyCasesDialog(CaseProgress progress)
        : base(nameof(MyCasesDialog))
    {
        _progress = progress;
        _which = Add(new ChoicePrompt(ChildId("Which")));
    }

    private static string T(string key) => MyCasesTexts.Catalog[key];

    protected override IEnumerable<WaterfallStep<MyCasesState>> DefineSteps() => [ShowStepAsync, DetailStepAsync];

    private async Task<DialogTurnResult> ShowStepAsync(WaterfallStepContext<MyCasesState> step, CancellationToken cancellationToken)
    {
        if (step.State.CaseNumber is { } number)
        {
            return await step.NextAsync(number, cancellationToken).ConfigureAwait(false);
        }

        if (!_progress.HasAccount)
        {
            return await step.EndWithMenuAsync(T("NotLinked"), cancellationToken).ConfigureAwait(false);
        }

        var open = await _progress.OpenCasesAsync(cancellationToken).ConfigureAwait(false);
        switch (open.Count)
        {
            case 0:
                return await step.EndWithMenuAsync(T("NoneOpen"), cancellationToken).ConfigureAwait(false);
            case 1:
                await step.SendAsync(CaseProgress.Details(open[0]), cancellationToken).ConfigureAwait(false);
                return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
            default:
                await step.SendAsync(CaseProgress.List(open), cancellationToken).ConfigureAwait(false);
                return await step.PromptAsync(_which.Id, new PromptOptions
                {
                    Prompt = Reply.Say(T("AskWhich")),
                    Choices = [.. open.Select(c => new Choice(c.Number, c.Number, [c.Title])), new Choice(None, T("ChoiceNone"), ["不看了", "没有", "不用"])],
                }, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<DialogTurnResult> DetailStepAsync(WaterfallStepContext<MyCasesState> step, CancellationToken cancellationToken)
    {
        if (step.Result is string number && number != None)
        {
            var found = await _progress.FindAsync(number, cancellationToken).ConfigureAwait(false);
            await step.SendAsync(found is null ? Menu.Say(MyCasesTexts.Catalog.Format("NotFound", number)) : CaseProgress.Details(found), cancellationToken)
                .ConfigureAwait(false);
        }
        else
        {
            await step.SendAsync(Menu.Say(CommonTexts.Get("WhatNext")), cancellationToken).ConfigureAwait(false);
        }

        return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
