namespace ServiceBot.Language.Classification;

/// <summary>
/// Multinomial naive Bayes over binary features with add-alpha smoothing. With a handful of examples per class it
/// generalises to unseen combinations of familiar words better than a discriminative model, so triage adds its
/// log-probabilities to the softmax model's scores. The classes are taken as equally likely a priori: how many
/// labelled examples a class has says how many were written for it, not how often it comes up, and a bureau that
/// has only its duties as examples must not be held back by that.
/// </summary>
internal sealed class NaiveBayesModel
{
    private readonly Dictionary<string, float[]> _logLikelihood;
    private readonly float[] _unseen;

    private NaiveBayesModel(Dictionary<string, float[]> logLikelihood, float[] unseen)
    {
        _logLikelihood = logLikelihood;
        _unseen = unseen;
    }

    public static NaiveBayesModel Train(IReadOnlyList<(IReadOnlyDictionary<string, float> Features, int Label)> examples, int labels, float alpha)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var counts = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var totals = new float[labels];
        foreach (var (features, label) in examples)
        {
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
        return new NaiveBayesModel(likelihood, unseen);
    }

    /// <summary>Log-probabilities of every label for a document's features, normalised to sum to one.</summary>
    public float[] LogProbabilities(IReadOnlyDictionary<string, float> features)
    {
        var scores = new float[_unseen.Length];
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
