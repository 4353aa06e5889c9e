namespace ServiceBot.Language.Classification;

/// <summary>
/// Multinomial naive Bayes over binary features with add-alpha smoothing. With a handful of examples per class it
/// generalises to unseen combinations of familiar words better than a discriminative model, so triage adds its
/// log-probabilities to the softmax model's scores.
/// </summary>
internal sealed class NaiveBayesModel
{
    private readonly Dictionary<string, float[]> _logLikelihood;
    private readonly float[] _unseen;
    private readonly float[] _logPrior;

    private NaiveBayesModel(Dictionary<string, float[]> logLikelihood, float[] unseen, float[] logPrior)
    {
        _logLikelihood = logLikelihood;
        _unseen = unseen;
        _logPrior = logPrior;
    }

    public static NaiveBayesModel Train(IReadOnlyList<(IReadOnlyDictionary<string, float> Features, int Label)> examples, int labels, float alpha)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var counts = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var totals = new float[labels];
        var documents = new float[labels];
        foreach (var (features, label) in examples)
        {
            documents[label]++;
            foreach (var name in features.Keys)
            {
                if (!counts.TryGetValue(name, out var row))
                {
                    counts[name] = row = new float[labels];
                }

                row[label]++;
                totals[label]++;
            }
        }

        var vocabulary = counts.Count;
        var unseen = new float[labels];
        for (var k = 0; k < labels; k++)
        {
            unseen[k] = MathF.Log(alpha / (totals[k] + (alpha * vocabulary)));
        }

        var likelihood = counts.ToDictionary(
            p => p.Key,
            p => p.Value.Select((c, k) => MathF.Log((c + alpha) / (totals[k] + (alpha * vocabulary)))).ToArray(),
            StringComparer.Ordinal);
        var prior = documents.Select(d => MathF.Log((d + 1f) / (examples.Count + labels))).ToArray();
        return new NaiveBayesModel(likelihood, unseen, prior);
    }

    /// <summary>Log-probabilities of every label for a document's features, normalised to sum to one.</summary>
    public float[] LogProbabilities(IReadOnlyDictionary<string, float> features)
    {
        var scores = (float[])_logPrior.Clone();
        foreach (var name in features.Keys)
        {
            if (_logLikelihood.TryGetValue(name, out var row))
            {
                for (var k = 0; k < scores.Length; k++)
                {
                    scores[k] += row[k] - _unseen[k];
                }
            }
        }

        var max = scores.Max();
        var log = MathF.Log(scores.Sum(s => MathF.Exp(s - max))) + max;
        for (var k = 0; k < scores.Length; k++)
        {
            scores[k] -= log;
        }

        return scores;
    }
}
