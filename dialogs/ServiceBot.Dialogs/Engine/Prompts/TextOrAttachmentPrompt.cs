using ServiceBot.Dialogs.Engine.Texts;

namespace ServiceBot.Dialogs.Engine.Prompts;

/// <summary>Text, files, or both in one answer (supplying information a bureau asked for).</summary>
internal sealed class TextOrAttachmentPrompt(string id, PromptValidator<TextOrFiles>? validator = null) : Prompt<TextOrFiles>(id, validator)
{
    protected override string DefaultHelp => EngineTexts.Get("HelpTextOrAttachment");

    protected override Task<PromptRecognition<TextOrFiles>> RecognizeAsync(DialogContext dc, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var recognized = dc.Input.Length > 0 || dc.Turn.Attachments.Count > 0
            ? PromptRecognition<TextOrFiles>.Ok(new TextOrFiles(dc.Input, dc.Turn.Attachments))
            : PromptRecognition<TextOrFiles>.Fail();
        return Task.FromResult(recognized);
    }
}
