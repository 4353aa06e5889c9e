using Microsoft.Extensions.Options;
using ServiceBot.Application.Common.Time;
using ServiceBot.Domain.Enterprises;
using ServiceBot.Language.Entities;
using ServiceBot.Language.Intents;
using ServiceBot.Language.Understanding;

namespace ServiceBot.Application.Understanding;

/// <summary>
/// The <see cref="Understander"/> of ServiceBot.Language, wired with the configured gazetteer, the domain's credit
/// code check (the one GB 32100 implementation; Language depends on nothing and takes it as a delegate) and the
/// county's date. The gazetteer is read again when the configuration changes.
/// </summary>
internal sealed class UnderstandingService(IOptionsMonitor<UnderstandingOptions> options, TimeProvider time, ICalendarProvider calendar) : IUnderstandingService
{
    private readonly Lock _gate = new();
    private (IReadOnlyList<string> Places, Understander Understander)? _current;

    public UnderstoodUtterance Understand(string? text)
    {
        var today = calendar.Deadlines.LocalDate(time.GetUtcNow());
        return Current().Understand(text, today);
    }

    private Understander Current()
    {
        var places = options.CurrentValue.EffectivePlaces;
        var current = _current;
        if (current is { } known && known.Places.SequenceEqual(places, StringComparer.Ordinal))
        {
            return known.Understander;
        }

        lock (_gate)
        {
            var understander = new Understander(new EntityExtractor(places, IsValidCreditCode), IntentRecognizer.Default);
            _current = (places, understander);
            return understander;
        }
    }

    private static bool IsValidCreditCode(string code) => UnifiedSocialCreditCode.Parse(code).IsSuccess;
}
