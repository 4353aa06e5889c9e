using ServiceBot.Dialogs.Engine;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs.Tests.Engine;

/// <summary>Starts <see cref="SurveyDialog"/> as a child and reports what it returned.</summary>
internal sealed class HostDialog() : ComponentDialog<HostState>(nameof(HostDialog))
{
    protected override IEnumerable<WaterfallStep<HostState>> DefineSteps() => [StartStepAsync, ReportStepAsync];

    private Task<DialogTurnResult> StartStepAsync(WaterfallStepContext<HostState> step, CancellationToken cancellationToken) =>
        step.BeginDialogAsync(nameof(SurveyDialog), null, cancellationToken);

    private async Task<DialogTurnResult> ReportStepAsync(WaterfallStepContext<HostState> step, CancellationToken cancellationToken)
    {
        var survey = (SurveyState)step.Result!;
        step.State.Received = survey.Name;
        await step.SendAsync(Reply.Say($"子流程返回：{survey.Name}"), cancellationToken);
        return await step.EndAsync(null, cancellationToken);
    }
}
