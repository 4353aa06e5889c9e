using ServiceBot.Language.Classification;
using ServiceBot.Language.Entities;
using ServiceBot.Language.Text;

namespace ServiceBot.Language.Intents;

/// <summary>
/// Recognises what a message wants: rules first — a decisive rule on a short message (“转人工”, “不满意”) settles
/// it — then a softmax classifier trained on the labelled utterances of <c>Data/intents/</c>, whose features are
/// the message's character n-grams, which rules fired, which kinds of entities it contains (a message with a
/// credit code and a phone number is usually a report) and how long it is. Immutable and thread-safe.
/// </summary>
public sealed class IntentRecognizer
{
    /// <summary>Below this probability the intent is <see cref="Intent.Unknown"/>.</summary>
    public const double MinConfidence = 0.2;

    /// <summary>The confidence a decisive rule gives.</summary>
    public const double RuleConfidence = 0.95;

    private static readonly Lazy<IntentRecognizer> DefaultRecognizer = new(() => Train(IntentDataSet.Training));
    private static readonly EntityExtractor KindsOnly = new();
    private static readonly DateOnly AnyDay = new(2026, 1, 1);

    private readonly TextClassifier _classifier;

    private IntentRecognizer(TextClassifier classifier) => _classifier = classifier;

    /// <summary>Trained on the shipped training utterances (a few milliseconds, once).</summary>
    public static IntentRecognizer Default => DefaultRecognizer.Value;

    internal static IntentRecognizer Train(IReadOnlyList<IntentExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var classifier = TextClassifier.Train(
            examples.Select(e => (e.Text, e.Intent.ToString())).ToList(),
            FeaturizerOptions.Default,
            TrainingOptions.Default,
            text => Features(text, KindsOnly.Extract(text, AnyDay).Select(e => e.Kind)));
        return new IntentRecognizer(classifier);
    }

    /// <summary>Recognises the intent of <paramref name="text"/>, given the kinds of entities found in it.</summary>
    public IntentResult Recognize(string text, IEnumerable<EntityKind> entityKinds)
    {
        ArgumentNullException.ThrowIfNull(entityKinds);
        var normalized = ChineseText.Normalize(text);
        if (normalized.Length == 0)
        {
            return new IntentResult(Intent.Unknown, 0, [], []);
        }

        var kinds = entityKinds.Distinct().ToList();
        var fired = IntentRules.All.Where(r => r.Pattern.IsMatch(normalized)).ToList();
        var features = Features(normalized, fired, kinds);
        var ranking = _classifier.Classify(normalized, features).Select(s => new IntentScore(Enum.Parse<Intent>(s.Label), s.Probability)).ToList();
        var decisive = fired.FirstOrDefault(r => r.Decisive);
        if (decisive is not null)
        {
            ranking = ranking
                .Select(s => s.Intent == decisive.Intent ? s with { Probability = RuleConfidence } : s with { Probability = s.Probability * (1 - RuleConfidence) })
                .OrderByDescending(s => s.Probability)
                .ToList();
            return new IntentResult(decisive.Intent, RuleConfidence, [$"规则：{decisive.Name}"], ranking);
        }

        var best = ranking[0];
        var evidence = fired
            .Where(r => r.Intent == best.Intent)
            .Select(r => $"规则：{r.Name}")
            .Concat(_classifier.Evidence(normalized, best.Intent.ToString(), 3, features).Select(w => $"词语：“{w}”"))
            .Concat(best.Intent == Intent.ReportProblem ? kinds.Where(k => k is EntityKind.CreditCode or EntityKind.Company or EntityKind.Mobile).Select(k => $"含{k.ToChinese()}") : [])
            .ToList();
        return best.Probability < MinConfidence
            ? new IntentResult(Intent.Unknown, best.Probability, evidence, ranking)
            : new IntentResult(best.Intent, best.Probability, evidence, ranking);
    }

    private static List<string> Features(string text, IEnumerable<EntityKind> kinds)
    {
        var normalized = ChineseText.Normalize(text);
        return Features(normalized, IntentRules.All.Where(r => r.Pattern.IsMatch(normalized)).ToList(), kinds);
    }

    private static List<string> Features(string normalized, List<IntentRule> fired, IEnumerable<EntityKind> kinds)
    {
        var features = fired.Select(r => r.FeatureName).ToList();
        features.AddRange(kinds.Distinct().Select(k => "entity:" + k));
        var length = normalized.Count(c => ChineseText.IsHan(c));
        features.Add(length switch
        {
            <= 4 => "length:tiny",
            <= 12 => "length:short",
            <= 30 => "length:medium",
            _ => "length:long",
        });
        return features;
    }
}
