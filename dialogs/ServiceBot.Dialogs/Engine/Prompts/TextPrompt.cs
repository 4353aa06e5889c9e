using ServiceBot.Dialogs.Engine.Texts;

namespace ServiceBot.Dialogs.Engine.Prompts;

/// <summary>Any non-empty text; the flow's validator decides what is good enough. With skipping allowed, 跳过 gives an empty text.</summary>
internal sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override string DefaultHelp => EngineTexts.Get("HelpText");

    /// <summary>A text of at least <paramref name="minLength"/> characters once trimmed (a reason, not "嗯" or "."), else the text <paramref name="invalid"/> gives (read when needed, in the turn's culture).</summary>
    public static TextPrompt AtLeast(string id, int minLength, Func<string> invalid) =>
        new(id, (text, _, _) => Task.FromResult(text.Trim().Length >= minLength ? null : invalid()));

    protected override Task<PromptRecognition<string>> RecognizeAsync(DialogContext dc, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var recognized = IsSkip(dc, options) ? PromptRecognition<string>.Ok(string.Empty)
            : dc.Input.Length > 0 ? PromptRecognition<string>.Ok(dc.Input)
            : PromptRecognition<string>.Fail();
        return Task.FromResult(recognized);
    }
}
