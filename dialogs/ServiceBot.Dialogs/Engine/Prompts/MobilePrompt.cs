using ServiceBot.Application.Understanding;
using ServiceBot.Dialogs.Engine.Texts;
using ServiceBot.Domain.Enterprises;

namespace ServiceBot.Dialogs.Engine.Prompts;

/// <summary>A mainland mobile number (the domain's rule), typed any way (139 5790 0001, +86…), found inside a longer answer too.</summary>
internal sealed class MobilePrompt(string id, IUnderstandingService understanding, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override string DefaultHelp => EngineTexts.Get("HelpMobile");

    protected override Task<PromptRecognition<string>> RecognizeAsync(DialogContext dc, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var parsed = MobileNumber.Parse(understanding.Understand(dc.Input).Mobile ?? dc.Input);
        return Task.FromResult(parsed.IsSuccess ? PromptRecognition<string>.Ok(parsed.Value) : PromptRecognition<string>.Fail(parsed.Error!.Message));
    }
}
