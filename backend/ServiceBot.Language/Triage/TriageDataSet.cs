using ServiceBot.Language.Data;

namespace ServiceBot.Language.Triage;

/// <summary>
/// The labelled enterprise problems shipped with ServiceBot (<c>Data/triage/</c>). The set was split once, before
/// any model work, into a training part and a held-out part: per lead bureau, the examples are ordered by the
/// SHA-256 of their text and every fourth one is held out. Only <see cref="Training"/> is ever used to fit or tune
/// a model; <see cref="HeldOut"/> only measures it.
/// </summary>
public static class TriageDataSet
{
    private static readonly Lazy<IReadOnlyList<LabelledProblem>> TrainingSet = new(() => EmbeddedData.ReadLines<LabelledProblem>("triage/train.jsonl"));
    private static readonly Lazy<IReadOnlyList<LabelledProblem>> HeldOutSet = new(() => EmbeddedData.ReadLines<LabelledProblem>("triage/heldout.jsonl"));

    public static IReadOnlyList<LabelledProblem> Training => TrainingSet.Value;

    public static IReadOnlyList<LabelledProblem> HeldOut => HeldOutSet.Value;
}
