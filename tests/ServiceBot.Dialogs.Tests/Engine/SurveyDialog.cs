using ServiceBot.Dialogs.Engine;
using ServiceBot.Dialogs.Engine.Prompts;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs.Tests.Engine;

/// <summary>A small flow over the engine: a name, an age (1–120), a confirmation; it returns its state.</summary>
internal sealed class SurveyDialog : ComponentDialog<SurveyState>
{
    private readonly TextPrompt _name;
    private readonly NumberPrompt _age;
    private readonly ConfirmPrompt _confirm;

    public SurveyDialog()
        : base(nameof(SurveyDialog))
    {
        _name = Add(new TextPrompt(ChildId("Name")));
        _age = Add(new NumberPrompt(ChildId("Age"), (age, _, _) => Task.FromResult(age is >= 1 and <= 120 ? null : "年龄应在1到120之间。")));
        _confirm = Add(new ConfirmPrompt(ChildId("Confirm")));
    }

    protected override IEnumerable<WaterfallStep<SurveyState>> DefineSteps() => [AskNameStepAsync, AskAgeStepAsync, ConfirmStepAsync, DoneStepAsync];

    private Task<DialogTurnResult> AskNameStepAsync(WaterfallStepContext<SurveyState> step, CancellationToken cancellationToken) =>
        step.PromptAsync(_name.Id, PromptOptions.Say("您叫什么名字？", help: "请输入姓名。"), cancellationToken);

    private Task<DialogTurnResult> AskAgeStepAsync(WaterfallStepContext<SurveyState> step, CancellationToken cancellationToken)
    {
        step.State.Name = (string)step.Result!;
        return step.PromptAsync(_age.Id, PromptOptions.Say("您几岁？", "请再说一次年龄。"), cancellationToken);
    }

    private Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext<SurveyState> step, CancellationToken cancellationToken)
    {
        step.State.Age = (decimal)step.Result!;
        return step.PromptAsync(_confirm.Id, PromptOptions.Say($"{step.State.Name}，{step.State.Age}岁，对吗？"), cancellationToken);
    }

    private async Task<DialogTurnResult> DoneStepAsync(WaterfallStepContext<SurveyState> step, CancellationToken cancellationToken)
    {
        if (step.Result is false)
        {
            return await step.GoToAsync(nameof(AskNameStepAsync), cancellationToken);
        }

        step.State.Confirmed = true;
        await step.SendAsync(Reply.Say("登记完成"), cancellationToken);
        return await step.EndAsync(step.State, cancellationToken);
    }
}
