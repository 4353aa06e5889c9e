using ServiceBot.Dialogs.Engine;
using ServiceBot.Dialogs.Engine.Prompts;
using ServiceBot.Dialogs.Tests.Support;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs.Tests.Engine.Prompts;

/// <summary>Runs one prompt in a one-step flow and records what it returned.</summary>
internal sealed class PromptProbe
{
    private readonly EngineHarness _engine;

    public PromptProbe(Dialog prompt, PromptOptions options, DialogOptions? settings = null)
    {
        var flow = new ProbeDialog(prompt, options, this);
        _engine = new EngineHarness([flow], options: settings) { Route = (dc, ct) => dc.BeginDialogAsync(flow.Id, null, ct) };
    }

    public bool Answered { get; private set; }

    public object? Result { get; private set; }

    public Task<IReadOnlyList<Reply>> StartAsync() => _engine.SayAsync("开始");

    public Task<IReadOnlyList<Reply>> AnswerAsync(string text) => _engine.SayAsync(text);

    public Task<IReadOnlyList<Reply>> AnswerAsync(string? text, IReadOnlyList<TurnAttachment> files) => _engine.TurnAsync(text, files);

    public static async Task<PromptProbe> StartedAsync(Dialog prompt, PromptOptions options, DialogOptions? settings = null)
    {
        var probe = new PromptProbe(prompt, options, settings);
        await probe.StartAsync();
        return probe;
    }

    private sealed class ProbeDialog : ComponentDialog<SurveyState>
    {
        private readonly Dialog _prompt;
        private readonly PromptOptions _options;
        private readonly PromptProbe _probe;

        public ProbeDialog(Dialog prompt, PromptOptions options, PromptProbe probe)
            : base("Probe")
        {
            _prompt = Add(prompt);
            _options = options;
            _probe = probe;
        }

        protected override IEnumerable<WaterfallStep<SurveyState>> DefineSteps() => [AskStepAsync, RecordStepAsync];

        private Task<DialogTurnResult> AskStepAsync(WaterfallStepContext<SurveyState> step, CancellationToken cancellationToken) =>
            step.PromptAsync(_prompt.Id, _options, cancellationToken);

        private Task<DialogTurnResult> RecordStepAsync(WaterfallStepContext<SurveyState> step, CancellationToken cancellationToken)
        {
            _probe.Answered = true;
            _probe.Result = step.Result;
            return step.EndAsync(null, cancellationToken);
        }
    }
}
