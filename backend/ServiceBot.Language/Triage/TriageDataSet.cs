using ServiceBot.Language.Data;

namespace ServiceBot.Language.Triage;

/// <summary>
/// The labelled enterprise problems shipped with ServiceBot (<c>Data/triage/</c>). The first 528 were split once,
/// before any model work, into <c>train.jsonl</c> and <c>heldout.jsonl</c>: per lead bureau, ordered by the SHA-256
/// of their text, every fourth one is held out. Batches written later (<c>train-extra.jsonl</c>,
/// <c>train-batch3.jsonl</c>) are training only. Only <see cref="Training"/> is ever used to fit or tune a model;
/// <see cref="HeldOut"/> only measures it.
/// </summary>
internal static class TriageDataSet
{
    private static readonly Lazy<IReadOnlyList<LabelledProblem>> FirstBatchTraining = new(() => EmbeddedData.ReadLines<LabelledProblem>("triage/train.jsonl"));
    private static readonly Lazy<IReadOnlyList<LabelledProblem>> SecondBatch = new(() => EmbeddedData.ReadLines<LabelledProblem>("triage/train-extra.jsonl"));
    private static readonly Lazy<IReadOnlyList<LabelledProblem>> ThirdBatch = new(() => EmbeddedData.ReadLines<LabelledProblem>("triage/train-batch3.jsonl"));
    private static readonly Lazy<IReadOnlyList<LabelledProblem>> HeldOutSet = new(() => EmbeddedData.ReadLines<LabelledProblem>("triage/heldout.jsonl"));

    /// <summary>Everything a model may learn from: the training part of the first batch and every later batch.</summary>
    public static IReadOnlyList<LabelledProblem> Training => [.. FirstBatchTraining.Value, .. SecondBatch.Value, .. ThirdBatch.Value];

    public static IReadOnlyList<LabelledProblem> HeldOut => HeldOutSet.Value;

    /// <summary>The descriptions written after the split, which must not paraphrase held-out ones.</summary>
    internal static IReadOnlyList<LabelledProblem> WrittenAfterSplit => [.. SecondBatch.Value, .. ThirdBatch.Value];

    /// <summary>
    /// The third batch alone. Cross-validation can keep it in every training fold and validate on the earlier
    /// batches only, which were written by the author of the held-out part and so measure what held-out measures.
    /// </summary>
    internal static IReadOnlyList<LabelledProblem> Third => ThirdBatch.Value;

    /// <summary>The training descriptions of the first two batches, written by the author of the held-out part.</summary>
    internal static IReadOnlyList<LabelledProblem> BeforeThird => [.. FirstBatchTraining.Value, .. SecondBatch.Value];

    /// <summary>The first batch, which the held-out part was split from.</summary>
    internal static IReadOnlyList<LabelledProblem> FirstBatch => [.. FirstBatchTraining.Value, .. HeldOutSet.Value];
}
