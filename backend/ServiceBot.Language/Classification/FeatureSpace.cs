namespace ServiceBot.Language.Classification;

/// <summary>
/// The vocabulary a model was trained with: feature names to dense indices. Frozen after training, so a text
/// containing words the model never saw simply has fewer features.
/// </summary>
internal sealed class FeatureSpace
{
    private readonly Dictionary<string, int> _index;
    private readonly string[] _names;

    private FeatureSpace(string[] names)
    {
        _names = names;
        _index = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            _index[names[i]] = i;
        }
    }

    public int Count => _names.Length;

    public string NameOf(int index) => _names[index];

    /// <summary>Every feature that occurs in at least <paramref name="minCount"/> documents, in first-seen order.</summary>
    public static FeatureSpace Build(IEnumerable<IReadOnlyDictionary<string, float>> documents, int minCount)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var document in documents)
        {
            foreach (var name in document.Keys)
            {
                if (counts.TryGetValue(name, out var n))
                {
                    counts[name] = n + 1;
                }
                else
                {
                    counts[name] = 1;
                    order.Add(name);
                }
            }
        }

        return new FeatureSpace(order.Where(n => counts[n] >= minCount).ToArray());
    }

    public SparseVector Vectorize(IReadOnlyDictionary<string, float> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var indices = new List<int>(features.Count);
        var values = new List<float>(features.Count);
        foreach (var (name, value) in features)
        {
            if (_index.TryGetValue(name, out var i))
            {
                indices.Add(i);
                values.Add(value);
            }
        }

        return new SparseVector([.. indices], [.. values]);
    }
}
