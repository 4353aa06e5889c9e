using ServiceBot.Dialogs.Engine.Texts;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs.Engine.Prompts;

/// <summary>Yes or no, with 是/否 buttons; understands the usual ways of saying either (好的、不用了、没问题…).</summary>
internal sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    protected override string DefaultHelp => EngineTexts.Get("HelpConfirm");

    protected override Task<PromptRecognition<bool>> RecognizeAsync(DialogContext dc, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(options);
        var chosen = options.Choices.Count == 2 ? ChoiceRecognizer.Find(dc.Input, options.Choices) : null;
        var recognized = chosen is not null ? PromptRecognition<bool>.Ok(ReferenceEquals(chosen, options.Choices[0]))
            : Vocabulary.IsYes(dc.Input) ? PromptRecognition<bool>.Ok(true)
            : Vocabulary.IsNo(dc.Input) ? PromptRecognition<bool>.Ok(false)
            : PromptRecognition<bool>.Fail(EngineTexts.Get("RetryConfirm"));
        return Task.FromResult(recognized);
    }

    /// <summary>The buttons: 是/否, or the flow's own two (the first means yes), e.g. 已解决/未解决.</summary>
    protected override Reply Decorate(Reply reply, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(options);
        return options.Choices.Count == 2
            ? reply.WithActions([.. options.Choices.Select(c => new SuggestedAction(c.Title, c.Title))])
            : reply.WithActions(EngineTexts.Action("ActionYes"), EngineTexts.Action("ActionNo"));
    }
}
