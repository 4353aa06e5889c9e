using ServiceBot.Application.Understanding;
using ServiceBot.Domain.Enterprises;
using ServiceBot.Language.Entities;
using ServiceBot.Language.Intents;
using ServiceBot.Language.Understanding;

namespace ServiceBot.Dialogs.Tests.Support;

/// <summary>The understanding service without the application around it: the language models, today fixed.</summary>
internal sealed class LanguageUnderstanding(DateOnly today) : IUnderstandingService
{
    private static readonly Understander Understander =
        new(new EntityExtractor(UnderstandingOptions.DefaultPlaces, code => UnifiedSocialCreditCode.Parse(code).IsSuccess), IntentRecognizer.Default);

    public UnderstoodUtterance Understand(string? text) => Understander.Understand(text, today);
}
