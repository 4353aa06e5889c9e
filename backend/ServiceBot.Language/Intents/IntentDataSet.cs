using System.Text.Json.Serialization;
using ServiceBot.Language.Data;

namespace ServiceBot.Language.Intents;

/// <summary>
/// The labelled utterances shipped with ServiceBot, split once before any model work: per intent, ordered by the
/// SHA-256 of their text, every fifth one is held out. Only <see cref="Training"/> trains the recogniser.
/// </summary>
internal static class IntentDataSet
{
    private static readonly Lazy<IReadOnlyList<IntentExample>> TrainingSet = new(() => Read("intents/train.jsonl"));
    private static readonly Lazy<IReadOnlyList<IntentExample>> HeldOutSet = new(() => Read("intents/heldout.jsonl"));

    public static IReadOnlyList<IntentExample> Training => TrainingSet.Value;

    public static IReadOnlyList<IntentExample> HeldOut => HeldOutSet.Value;

    private static List<IntentExample> Read(string path) =>
        EmbeddedData.ReadLines<Line>(path).Select(l => new IntentExample(l.Text, Enum.Parse<Intent>(l.Intent))).ToList();

    private sealed record Line([property: JsonRequired] string Text, [property: JsonRequired] string Intent);
}
