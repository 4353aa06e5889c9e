using ServiceBot.Application.Understanding;
using ServiceBot.Dialogs.Engine;
using ServiceBot.Dialogs.Engine.Prompts;
using ServiceBot.Dialogs.Turns;
using ServiceBot.Language.Intents;

namespace ServiceBot.Dialogs.Flows.Routing;

/// <summary>
/// Asks what a long, unclear message is for — 反映问题, 政策咨询, 查询诉求 (and the best guess when it is another flow) —
/// then starts that flow with the message, so nothing the user wrote is lost.
/// </summary>
internal sealed class ClarifyDialog : ComponentDialog<ClarifyState>
{
    private static readonly Intent[] Menu = [Intent.ReportProblem, Intent.AskPolicy, Intent.CheckProgress];

    private readonly IUnderstandingService _understanding;
    private readonly FlowStarts _starts;
    private readonly ChoicePrompt _choice;

    public ClarifyDialog(IUnderstandingService understanding, FlowStarts starts)
        : base(nameof(ClarifyDialog))
    {
        _understanding = understanding;
        _starts = starts;
        _choice = Add(new ChoicePrompt(ChildId("Choice")));
    }

    protected override IEnumerable<WaterfallStep<ClarifyState>> DefineSteps() => [AskStepAsync, StartStepAsync];

    private static string Title(Intent intent) => RoutingTexts.Catalog["Intent" + intent];

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext<ClarifyState> step, CancellationToken cancellationToken)
    {
        var guess = step.State.Guess;
        IEnumerable<Intent> offered = RoutingTexts.Catalog.Find("Intent" + guess) is null || Menu.Contains(guess) ? Menu : [guess, .. Menu];
        return await step.PromptAsync(_choice.Id, new PromptOptions
        {
            Prompt = Reply.Say(RoutingTexts.Catalog["Ask"]),
            Help = RoutingTexts.Catalog["Help"],
            Choices = [.. offered.Select(i => new Choice(i.ToString(), Title(i)))],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> StartStepAsync(WaterfallStepContext<ClarifyState> step, CancellationToken cancellationToken)
    {
        var intent = Enum.Parse<Intent>((string)step.Result!);
        var dc = step.Context;
        await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        await _starts.BeginAsync(dc, intent, _understanding.Understand(step.State.Text), cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }
}
