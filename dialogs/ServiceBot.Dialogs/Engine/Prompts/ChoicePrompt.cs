using ServiceBot.Dialogs.Engine.Texts;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs.Engine.Prompts;

/// <summary>One of a few options, shown as buttons (suggested actions); returns the chosen <see cref="Choice.Value"/>.</summary>
internal sealed class ChoicePrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override string DefaultHelp => EngineTexts.Get("HelpChoice");

    protected override Task<PromptRecognition<string>> RecognizeAsync(DialogContext dc, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(options);
        var choice = ChoiceRecognizer.Find(dc.Input, options.Choices);
        return Task.FromResult(choice is null ? PromptRecognition<string>.Fail(EngineTexts.Get("RetryChoice")) : PromptRecognition<string>.Ok(choice.Value));
    }

    protected override Reply Decorate(Reply reply, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(options);
        return reply.WithActions([.. options.Choices.Select(c => new SuggestedAction(c.Title, c.Title))]);
    }
}
