using ServiceBot.Language.Entities;
using ServiceBot.Language.Intents;

namespace ServiceBot.Language.Understanding;

/// <summary>
/// Intent, entities and problem text of one message, in one call. Built once with the county's gazetteer and the
/// credit-code validator; immutable and thread-safe.
/// </summary>
public sealed class Understander(EntityExtractor entities, IntentRecognizer intents)
{
    /// <param name="gazetteer">The county's towns, townships and streets.</param>
    /// <param name="creditCodeValidator">Whether a candidate 统一社会信用代码 passes the GB 32100 check.</param>
    public Understander(IEnumerable<string> gazetteer, Func<string, bool>? creditCodeValidator)
        : this(new EntityExtractor(gazetteer, creditCodeValidator), IntentRecognizer.Default)
    {
    }

    /// <param name="today">Today in the county, for relative dates (明天, 下周一, 月底).</param>
    public UnderstoodUtterance Understand(string? text, DateOnly today)
    {
        var message = text ?? string.Empty;
        var found = entities.Extract(message, today);
        var intent = intents.Recognize(message, found.Select(e => e.Kind));
        var problem = intent.Intent is Intent.ReportProblem or Intent.AskPolicy or Intent.SupplementInformation or Intent.Unknown
            ? ProblemText.Of(message, found)
            : null;
        return new UnderstoodUtterance(message, intent, found, problem);
    }
}
