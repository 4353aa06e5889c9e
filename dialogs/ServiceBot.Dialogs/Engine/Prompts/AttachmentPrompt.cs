using ServiceBot.Dialogs.Engine.Texts;
using ServiceBot.Dialogs.Turns;

namespace ServiceBot.Dialogs.Engine.Prompts;

/// <summary>
/// Files: the attachments of the answer, already in file storage (the channel stored them before the turn). With
/// skipping allowed, 跳过/没有 gives an empty list.
/// </summary>
internal sealed class AttachmentPrompt(string id, PromptValidator<IReadOnlyList<TurnAttachment>>? validator = null)
    : Prompt<IReadOnlyList<TurnAttachment>>(id, validator)
{
    protected override string DefaultHelp => EngineTexts.Get("HelpAttachment");

    public override string? Help(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var options = instance.GetState<PromptState>().Options;
        return options?.Help ?? (options?.AllowSkip == true ? EngineTexts.Get("HelpAttachmentOptional") : DefaultHelp);
    }

    protected override Task<PromptRecognition<IReadOnlyList<TurnAttachment>>> RecognizeAsync(DialogContext dc, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var recognized = dc.Turn.Attachments.Count > 0 ? PromptRecognition<IReadOnlyList<TurnAttachment>>.Ok(dc.Turn.Attachments)
            : IsSkip(dc, options) ? PromptRecognition<IReadOnlyList<TurnAttachment>>.Ok([])
            : PromptRecognition<IReadOnlyList<TurnAttachment>>.Fail(EngineTexts.Get("RetryAttachment"));
        return Task.FromResult(recognized);
    }
}
