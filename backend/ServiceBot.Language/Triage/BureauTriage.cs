using ServiceBot.Language.Classification;

namespace ServiceBot.Language.Triage;

/// <summary>
/// Proposes the lead bureau, co-handlers and category for an enterprise's problem description.
/// </summary>
/// <remarks>
/// One log-linear model scores every bureau of the catalog from two kinds of evidence: the description's
/// character n-grams, weighted per bureau by training on labelled problems (how enterprises describe what each
/// bureau handles), and how well the description matches that bureau's duties and name in the catalog, with
/// weights shared by all bureaus. The shared part is what lets a bureau the labelled set has never seen — or one
/// whose duties an administrator has just edited — still be proposed. A model is trained for one catalog
/// (a few hundred milliseconds) and is then immutable and safe to use from many threads.
/// </remarks>
public sealed partial class BureauTriage
{
    internal const int DutyFeatureCount = 4;

    private readonly DutyIndex _duties;
    private readonly SoftmaxModel _model;
    private readonly int[] _labelOf;
    private readonly TextClassifier _categories;
    private readonly CategoryPrior _categoryPrior;
    private readonly NaiveBayesModel _bayes;
    private readonly QuotableWords _quotable;
    private readonly TriageModelOptions _options;
    private readonly float[] _biasCorrection;

    private BureauTriage(DutyIndex duties, SoftmaxModel model, int[] labelOf, TextClassifier categories, CategoryPrior categoryPrior, NaiveBayesModel bayes, QuotableWords quotable, TriageModelOptions options, float[] biasCorrection)
    {
        _biasCorrection = biasCorrection;
        _bayes = bayes;
        _quotable = quotable;
        _duties = duties;
        _model = model;
        _labelOf = labelOf;
        _categories = categories;
        _categoryPrior = categoryPrior;
        _options = options;
    }

    public IReadOnlyList<BureauProfile> Catalog => _duties.Bureaus;

    /// <summary>Triage of one description. Takes well under a millisecond.</summary>
    public TriageResult Triage(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = _duties.Match(text);
        var x = _model.Space.Vectorize(TextFeaturizer.Extract(text, _options.Featurizer));
        var scores = Scores(text, x, matches);
        var probabilities = Calibrated(scores, _options.Temperature);

        var order = Enumerable.Range(0, probabilities.Length).OrderByDescending(b => probabilities[b]).ThenBy(b => b).ToArray();
        var ranking = order.Select(b => Candidate(b, probabilities[b], matches[b], x, withWords: b == order[0])).ToList();
        var lead = ranking[0];
        var coHandlers = ranking.Skip(1)
            .Where(c => c.Confidence >= _options.CoHandlerMinConfidence && c.DutyHits.Count > 0)
            .Take(_options.MaxCoHandlers)
            .ToList();
        var category = _categoryPrior.Combine(_categories.Classify(text), Calibrated(scores, 1f), _options.CategoryMode);
        return new TriageResult(lead, coHandlers, ranking, category.Label, category.Probability, Explain(lead, coHandlers, ranking));
    }

    /// <summary>Each bureau's score, in catalog order, before the softmax.</summary>
    private float[] Scores(string text, SparseVector x, DutyMatch[] matches)
    {
        var k = _model.Labels.Count;
        var classFeatures = new float[k * DutyFeatureCount];
        var features = new float[DutyFeatureCount];
        for (var b = 0; b < matches.Length; b++)
        {
            if (_labelOf[b] >= 0)
            {
                Fill(matches[b], features, _options);
                features.CopyTo(classFeatures, _labelOf[b] * DutyFeatureCount);
            }
        }

        var modelScores = new float[k];
        _model.Score(x, classFeatures, modelScores);
        for (var label = 0; label < k; label++)
        {
            modelScores[label] += _biasCorrection[label];
        }

        if (_options.BayesWeight > 0)
        {
            var bayes = _bayes.LogProbabilities(TextFeaturizer.Extract(text, _options.BayesFeaturizer));
            for (var label = 0; label < k; label++)
            {
                modelScores[label] += _options.BayesWeight * bayes[label];
            }
        }
        var scores = new float[matches.Length];
        for (var b = 0; b < matches.Length; b++)
        {
            if (_labelOf[b] >= 0)
            {
                scores[b] = modelScores[_labelOf[b]];
            }
            else
            {
                // A bureau without labelled examples: an average prior plus what its duties say.
                Fill(matches[b], features, _options);
                scores[b] = _model.MeanBias + _model.SharedScore(features);
            }
        }

        return scores;
    }

    /// <summary>
    /// Probabilities from scores divided by <paramref name="temperature"/>. The model trained on few examples per
    /// bureau is over-confident; a temperature above 1, chosen by cross-validation, makes “把握70%” mean about
    /// what it says, which is what the auto-dispatch threshold relies on.
    /// </summary>
    private static float[] Calibrated(float[] scores, float temperature)
    {
        var probabilities = new float[scores.Length];
        for (var b = 0; b < scores.Length; b++)
        {
            probabilities[b] = scores[b] / temperature;
        }

        SoftmaxModel.Softmax(probabilities);
        return probabilities;
    }

    private TriageCandidate Candidate(int bureau, float probability, DutyMatch match, SparseVector x, bool withWords)
    {
        var profile = _duties.Bureaus[bureau];
        var label = _labelOf[bureau];
        var words = withWords && label >= 0 ? ModelEvidence.Words(_model, x, label, 4, _quotable.Contains) : [];
        return new TriageCandidate(profile.Code, profile.Name, probability, match.Hits, words);
    }

    /// <summary>The duty features of one bureau for one description.</summary>
    private static void Fill(DutyMatch match, Span<float> features, TriageModelOptions options)
    {
        if (!options.UseDuties || match.IsEmpty)
        {
            features.Clear();
            return;
        }

        features[0] = MathF.Log(1f + match.DutyWeight);
        features[1] = MathF.Log(1f + match.LongDutyWeight);
        features[2] = MathF.Log(1f + match.VocabularyWeight);
        features[3] = match.NameWeight;
    }
}
