using ServiceBot.Application.Understanding;
using ServiceBot.Dialogs.Engine.Texts;
using ServiceBot.Domain.Enterprises;

namespace ServiceBot.Dialogs.Engine.Prompts;

/// <summary>
/// A 统一社会信用代码, checked by the domain's GB 32100 implementation (check character included); found inside a
/// longer answer too (“代码是91330726…”). A wrong code gets the domain's reason (length, letters, check character).
/// </summary>
internal sealed class CreditCodePrompt(string id, IUnderstandingService understanding, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override string DefaultHelp => EngineTexts.Get("HelpCreditCode");

    protected override Task<PromptRecognition<string>> RecognizeAsync(DialogContext dc, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var understood = understanding.Understand(dc.Input);
        if (understood.CreditCode is { } found)
        {
            return Task.FromResult(PromptRecognition<string>.Ok(found));
        }

        var parsed = UnifiedSocialCreditCode.Parse(understood.InvalidCreditCode?.Text ?? dc.Input);
        return Task.FromResult(parsed.IsSuccess ? PromptRecognition<string>.Ok(parsed.Value.Value) : PromptRecognition<string>.Fail(parsed.Error!.Message));
    }
}
