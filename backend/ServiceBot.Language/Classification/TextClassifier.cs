namespace ServiceBot.Language.Classification;

/// <summary>
/// A trained text classifier over labels named by strings: featurise, score, softmax. Also names the words that
/// pushed a text towards a label, which is what explanations quote.
/// </summary>
internal sealed class TextClassifier
{
    private readonly SoftmaxModel _model;
    private readonly FeaturizerOptions _featurizer;

    private TextClassifier(SoftmaxModel model, FeaturizerOptions featurizer)
    {
        _model = model;
        _featurizer = featurizer;
    }

    public IReadOnlyList<string> Labels => _model.Labels;

    /// <param name="extraFeatures">Named features beyond the text's own n-grams, e.g. which rules fired.</param>
    public static TextClassifier Train(
        IReadOnlyList<(string Text, string Label)> examples,
        FeaturizerOptions featurizer,
        TrainingOptions training,
        Func<string, IEnumerable<string>>? extraFeatures = null,
        int minFeatureCount = 1)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var labels = examples.Select(e => e.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var documents = examples.Select(e => TextFeaturizer.Extract(e.Text, featurizer, extraFeatures?.Invoke(e.Text))).ToList();
        var space = FeatureSpace.Build(documents, minFeatureCount);
        var vectors = documents
            .Select((d, i) => new TrainingExample(space.Vectorize(d), [], Array.IndexOf(labels, examples[i].Label)))
            .ToList();
        return new TextClassifier(SoftmaxTrainer.Train(vectors, labels, space, 0, training), featurizer);
    }

    /// <summary>Every label with its probability, most likely first.</summary>
    public IReadOnlyList<LabelScore> Classify(string text, IEnumerable<string>? extraFeatures = null)
    {
        var x = Vectorize(text, extraFeatures);
        Span<float> scores = stackalloc float[_model.Labels.Count];
        _model.Score(x, [], scores);
        SoftmaxModel.Softmax(scores);
        var result = new LabelScore[scores.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            result[i] = new LabelScore(_model.Labels[i], scores[i]);
        }

        Array.Sort(result, (a, b) => b.Probability.CompareTo(a.Probability));
        return result;
    }

    /// <summary>The words of <paramref name="text"/> that most favour <paramref name="label"/> over the average label.</summary>
    public IReadOnlyList<string> Evidence(string text, string label, int max, IEnumerable<string>? extraFeatures = null) =>
        ModelEvidence.Words(_model, Vectorize(text, extraFeatures), IndexOf(label), max);

    internal SparseVector Vectorize(string text, IEnumerable<string>? extraFeatures = null) =>
        _model.Space.Vectorize(TextFeaturizer.Extract(text, _featurizer, extraFeatures));

    private int IndexOf(string label)
    {
        for (var i = 0; i < _model.Labels.Count; i++)
        {
            if (string.Equals(_model.Labels[i], label, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"Unknown label {label}.", nameof(label));
    }
}
