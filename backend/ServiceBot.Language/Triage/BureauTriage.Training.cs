using ServiceBot.Language.Classification;

namespace ServiceBot.Language.Triage;

public sealed partial class BureauTriage
{
    /// <summary>
    /// Trains on the shipped training descriptions for <paramref name="catalog"/> (a second or two). Bureaus of the
    /// catalog without labelled problems are proposed from their duties alone.
    /// </summary>
    public static BureauTriage Train(IReadOnlyList<BureauProfile> catalog) => Train(catalog, TriageDataSet.Training);

    /// <summary>
    /// Trains for <paramref name="catalog"/> on <paramref name="examples"/>. Examples whose lead bureau is not in
    /// the catalog are left out.
    /// </summary>
    internal static BureauTriage Train(IReadOnlyList<BureauProfile> catalog, IReadOnlyList<LabelledProblem> examples) =>
        Train(catalog, examples, TriageModelOptions.Default);

    internal static BureauTriage Train(IReadOnlyList<BureauProfile> catalog, IReadOnlyList<LabelledProblem> examples, TriageModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(options);
        if (catalog.Count == 0)
        {
            throw new ArgumentException("Triage needs at least one bureau.", nameof(catalog));
        }

        var duties = new DutyIndex(catalog, options.EffectiveVocabulary);
        var codes = catalog.Select(b => b.Code).ToList();
        var usable = examples.Where(e => codes.Contains(e.Lead, StringComparer.Ordinal)).ToList();
        var bureauExamples = options.DutyExamples ? [.. usable, .. DutyExamples(catalog, options)] : usable;
        var trained = codes.Where(c => bureauExamples.Any(e => string.Equals(e.Lead, c, StringComparison.Ordinal))).ToList();
        var labelOf = codes.Select(c => trained.IndexOf(c)).ToArray();

        var documents = bureauExamples.Select(e => TextFeaturizer.Extract(e.Text, options.Featurizer)).ToList();
        var space = FeatureSpace.Build(documents, 1);
        var vectors = bureauExamples
            .Select((e, i) => new TrainingExample(
                space.Vectorize(documents[i]),
                TrainedClassFeatures(duties.Match(e.Text), labelOf, trained.Count, options),
                trained.IndexOf(e.Lead)))
            .ToList();
        var model = SoftmaxTrainer.Train(vectors, trained, space, DutyFeatureCount, options.Training);
        var categories = TextClassifier.Train(usable.Select(e => (e.Text, e.Category)).ToList(), options.Featurizer, options.Training);
        var prior = new CategoryPrior(codes, usable);
        var bayes = NaiveBayesModel.Train(
            bureauExamples.Select(e => ((IReadOnlyDictionary<string, float>)TextFeaturizer.Extract(e.Text, options.BayesFeaturizer), trained.IndexOf(e.Lead))).ToList(),
            trained.Count,
            options.BayesAlpha);
        return new BureauTriage(duties, model, labelOf, categories, prior, bayes, new QuotableWords(usable.Select(e => e.Text)), options, BiasCorrection(model, trained, usable));
    }

    /// <summary>
    /// What lifts the bias of a bureau that has only its duties as examples to the mean bias of the bureaus with
    /// labelled problems. A softmax bias follows how many examples a class has; the labelled set has about as many
    /// per bureau by construction, while a bureau new to the catalog has only a few duty pseudo-examples, and the
    /// more problems the others have, the further it would sink below them for that reason alone.
    /// </summary>
    private static float[] BiasCorrection(SoftmaxModel model, List<string> trained, List<LabelledProblem> usable)
    {
        var labelled = usable.Select(e => e.Lead).ToHashSet(StringComparer.Ordinal);
        var withProblems = Enumerable.Range(0, trained.Count).Where(label => labelled.Contains(trained[label])).ToList();
        var correction = new float[trained.Count];
        if (withProblems.Count == 0)
        {
            return correction;
        }

        var mean = withProblems.Average(model.Bias);
        for (var label = 0; label < trained.Count; label++)
        {
            if (!labelled.Contains(trained[label]))
            {
                correction[label] = mean - model.Bias(label);
            }
        }

        return correction;
    }

    /// <summary>
    /// One pseudo-example per duty of every bureau (the duty and its everyday words), so the text model learns the
    /// catalog's own words too and a bureau without labelled problems still gets a class of its own.
    /// </summary>
    private static IEnumerable<LabelledProblem> DutyExamples(IReadOnlyList<BureauProfile> catalog, TriageModelOptions options)
    {
        var vocabulary = options.EffectiveVocabulary;
        foreach (var bureau in catalog)
        {
            var entries = vocabulary.For(bureau.Code);
            foreach (var duty in bureau.Duties.Split(['、', '，', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var words = entries.Where(e => string.Equals(e.Duty, duty, StringComparison.Ordinal)).SelectMany(e => e.Words);
                yield return new LabelledProblem(string.Join("，", words.Prepend(duty)), bureau.Code, [], string.Empty);
            }
        }
    }

    private static float[] TrainedClassFeatures(DutyMatch[] matches, int[] labelOf, int labels, TriageModelOptions options)
    {
        var values = new float[labels * DutyFeatureCount];
        var features = new float[DutyFeatureCount];
        for (var b = 0; b < matches.Length; b++)
        {
            if (labelOf[b] >= 0)
            {
                Fill(matches[b], features, options);
                features.CopyTo(values, labelOf[b] * DutyFeatureCount);
            }
        }

        return values;
    }
}
