namespace ServiceBot.Language.Classification;

/// <summary>
/// A multinomial logistic regression (softmax) over sparse text features, optionally with a few features that
/// depend on the candidate class (for triage: how well the text matches that bureau's duties) whose weights all
/// classes share. Immutable once trained and safe to use from many threads.
/// </summary>
internal sealed class SoftmaxModel
{
    private readonly float[] _weights;
    private readonly float[] _biases;
    private readonly float[] _shared;

    public SoftmaxModel(IReadOnlyList<string> labels, FeatureSpace space, float[] weights, float[] biases, float[] shared)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(space);
        Labels = labels;
        Space = space;
        _weights = weights;
        _biases = biases;
        _shared = shared;
        if (weights.Length != space.Count * labels.Count || biases.Length != labels.Count)
        {
            throw new ArgumentException("Weights do not fit the feature space and labels.", nameof(weights));
        }
    }

    public IReadOnlyList<string> Labels { get; }

    public FeatureSpace Space { get; }

    public int SharedFeatureCount => _shared.Length;

    public float SharedWeight(int index) => _shared[index];

    public float Weight(int feature, int label) => _weights[(feature * Labels.Count) + label];

    public float Bias(int label) => _biases[label];

    public float MeanBias => _biases.Length == 0 ? 0f : _biases.Average();

    /// <summary>The score of every label for <paramref name="x"/>, before the softmax.</summary>
    public void Score(SparseVector x, ReadOnlySpan<float> classFeatures, Span<float> scores)
    {
        ArgumentNullException.ThrowIfNull(x);
        var k = Labels.Count;
        _biases.CopyTo(scores);
        for (var i = 0; i < x.Count; i++)
        {
            var row = x.Indices[i] * k;
            var value = x.Values[i];
            for (var label = 0; label < k; label++)
            {
                scores[label] += _weights[row + label] * value;
            }
        }

        if (!classFeatures.IsEmpty)
        {
            for (var label = 0; label < k; label++)
            {
                scores[label] += SharedScore(classFeatures.Slice(label * _shared.Length, _shared.Length));
            }
        }
    }

    /// <summary>The part of a score that comes from the class-dependent features of one candidate.</summary>
    public float SharedScore(ReadOnlySpan<float> features)
    {
        var sum = 0f;
        for (var d = 0; d < _shared.Length; d++)
        {
            sum += _shared[d] * features[d];
        }

        return sum;
    }

    /// <summary>Turns scores into probabilities in place.</summary>
    public static void Softmax(Span<float> scores)
    {
        if (scores.IsEmpty)
        {
            return;
        }

        var max = float.NegativeInfinity;
        foreach (var s in scores)
        {
            max = MathF.Max(max, s);
        }

        var sum = 0f;
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = MathF.Exp(scores[i] - max);
            sum += scores[i];
        }

        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] /= sum;
        }
    }
}
