using ServiceBot.Language.Data;

namespace ServiceBot.Language.Triage;

/// <summary>
/// The labelled enterprise problems shipped with ServiceBot (<c>Data/triage/</c>). The first 528 were split once,
/// before any model work, into <c>train.jsonl</c> and <c>heldout.jsonl</c>: per lead bureau, ordered by the SHA-256
/// of their text, every fourth one is held out. A second batch written later (<c>train-extra.jsonl</c>) is training
/// only. Only <see cref="Training"/> is ever used to fit or tune a model; <see cref="HeldOut"/> only measures it.
/// </summary>
internal static class TriageDataSet
{
    private static readonly Lazy<IReadOnlyList<LabelledProblem>> FirstBatchTraining = new(() => EmbeddedData.ReadLines<LabelledProblem>("triage/train.jsonl"));
    private static readonly Lazy<IReadOnlyList<LabelledProblem>> SecondBatch = new(() => EmbeddedData.ReadLines<LabelledProblem>("triage/train-extra.jsonl"));
    private static readonly Lazy<IReadOnlyList<LabelledProblem>> HeldOutSet = new(() => EmbeddedData.ReadLines<LabelledProblem>("triage/heldout.jsonl"));

    /// <summary>Everything a model may learn from: the training part of the first batch and the whole second batch.</summary>
    public static IReadOnlyList<LabelledProblem> Training => [.. FirstBatchTraining.Value, .. SecondBatch.Value];

    public static IReadOnlyList<LabelledProblem> HeldOut => HeldOutSet.Value;

    /// <summary>The first batch, which the held-out part was split from.</summary>
    internal static IReadOnlyList<LabelledProblem> FirstBatch => [.. FirstBatchTraining.Value, .. HeldOutSet.Value];
}
