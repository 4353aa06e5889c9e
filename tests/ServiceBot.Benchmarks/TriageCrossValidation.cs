using System.Diagnostics;
using System.Globalization;
using ServiceBot.Language.Classification;
using ServiceBot.Language.Text;
using ServiceBot.Language.Triage;

namespace ServiceBot.Benchmarks;

/// <summary>
/// Compares triage model variants by 5-fold cross-validation on the training part of the labelled set. The
/// held-out part is never read here: it measures the chosen model once, in the tests.
/// </summary>
internal static class TriageCrossValidation
{
    public static int Run(string[] args)
    {
        var catalog = DefaultCatalog.Load();
        // --earlier validates on the first two batches only (written by the author of the held-out part) and keeps
        // the third batch in every training fold: whether it helps with someone else's phrasing. --without-third
        // leaves the third batch out altogether, which is what was measured before it was written.
        var earlier = args.Contains("--earlier");
        var withoutThird = args.Contains("--without-third");
        var data = earlier || withoutThird ? TriageDataSet.BeforeThird : TriageDataSet.Training;
        var alwaysTrain = earlier && !withoutThird ? TriageDataSet.Third : [];
        var showErrors = args.Contains("--errors");
        var fair = args.Contains("--fair");
        var repeatAt = Array.IndexOf(args, "--repeat");
        var repetitions = repeatAt >= 0 && repeatAt + 1 < args.Length ? int.Parse(args[repeatAt + 1], CultureInfo.InvariantCulture) : 1;
        var named = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (repeatAt < 0 || i != repeatAt + 1)).ToList();
        var variants = Variants().Where(v => named.Count == 0 || named.Contains(v.Name)).ToList();
        Console.WriteLine($"5-fold cross-validation on {data.Count} training descriptions{(earlier ? $" (plus {alwaysTrain.Count} always in training)" : string.Empty)}, {catalog.Count} bureaus{(fair ? ", vocabulary limited to words seen in each fold's training part" : string.Empty)}{(repetitions > 1 ? $", {repetitions} repetitions" : string.Empty)}");
        Console.WriteLine("variant                      top1    top3    category  co-prec  co-rec   train-ms");
        foreach (var (name, options) in variants)
        {
            var evaluations = new List<TriageEvaluation>();
            var watch = Stopwatch.StartNew();
            foreach (var (folded, test) in Enumerable.Range(0, repetitions).SelectMany(r => CrossValidation.Folds(data, e => e.Lead, e => e.Text, 5, r)))
            {
                List<LabelledProblem> train = [.. folded, .. alwaysTrain];
                // Fair folds: a vocabulary word that occurs in none of the fold's training descriptions may have been
                // written after reading its validation descriptions, so it is left out for this fold.
                var vocabulary = fair
                    ? DutyVocabulary.Default.Where(w => train.Any(e => ChineseText.Normalize(e.Text).Contains(ChineseText.Normalize(w), StringComparison.Ordinal)))
                    : null;
                var model = BureauTriage.Train(catalog, train, options with { Vocabulary = vocabulary });
                evaluations.Add(TriageEvaluation.Of(model, test));
                if (showErrors)
                {
                    foreach (var e in test)
                    {
                        var r = model.Triage(e.Text);
                        if (r.Lead.Code != e.Lead)
                        {
                            Console.WriteLine($"  {e.Lead,-5} -> {r.Lead.Code,-5} {r.Confidence:F2} {e.Text}");
                        }
                    }
                }
            }

            var trainMs = watch.Elapsed.TotalMilliseconds / (5 * repetitions);
            double Mean(Func<TriageEvaluation, double> f) => evaluations.Sum(e => f(e) * e.Count) / evaluations.Sum(e => e.Count);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-28} {Mean(e => e.Top1),6:P1}  {Mean(e => e.Top3),6:P1}  {Mean(e => e.CategoryAccuracy),7:P1}  {Mean(e => e.CoHandlerPrecision),6:P1}  {Mean(e => e.CoHandlerRecall),6:P1}  {trainMs,8:F0}"));
            if (named.Count > 0)
            {
                foreach (var t in evaluations[0].Thresholds.Select(r => r.Threshold))
                {
                    var rows = evaluations.Select(e => (e.Count, Row: e.Thresholds.Single(r => r.Threshold == t))).ToList();
                    var covered = rows.Sum(r => r.Row.Coverage * r.Count);
                    var right = rows.Sum(r => r.Row.Accuracy * r.Row.Coverage * r.Count);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"    confidence >= {t:F1}: {covered / rows.Sum(r => r.Count),6:P1} auto-dispatched, {(covered == 0 ? 1 : right / covered),6:P1} of them right"));
                }
            }
        }

        return 0;
    }

    private static IEnumerable<(string Name, TriageModelOptions Options)> Variants()
    {
        var baseline = TriageModelOptions.Default;
        yield return ("default", baseline);
        yield return ("bayes-0.1", baseline with { BayesWeight = 0.1f });
        yield return ("bayes-0.3", baseline with { BayesWeight = 0.3f });
        yield return ("bayes-0.6", baseline with { BayesWeight = 0.6f });
        yield return ("bayes-1.0", baseline with { BayesWeight = 1f });
        yield return ("bayes-0.3-t3", baseline with { BayesWeight = 0.3f, Temperature = 3f });
        yield return ("bayes-0.3-t4", baseline with { BayesWeight = 0.3f, Temperature = 4f });
        yield return ("bayes-0.3-l2-1e-3", baseline with { BayesWeight = 0.3f, Training = baseline.Training with { L2 = 1e-3f } });
        yield return ("bayes-0.3-grams-1-2", baseline with { BayesWeight = 0.3f, Featurizer = new FeaturizerOptions(1, 2) });
        yield return ("bayes-grams-1-3", baseline with { BayesFeaturizer = new FeaturizerOptions(1, 3, Normalize: false) });
        yield return ("bayes-grams-2-2", baseline with { BayesFeaturizer = new FeaturizerOptions(2, 2, Normalize: false) });
        yield return ("bayes-0.4", baseline with { BayesWeight = 0.4f });
        yield return ("bayes-0.2", baseline with { BayesWeight = 0.2f });
        yield return ("bayes-0.3-a0.1", baseline with { BayesWeight = 0.3f, BayesAlpha = 0.1f });
        yield return ("bayes-0.3-a1", baseline with { BayesWeight = 0.3f, BayesAlpha = 1f });
        yield return ("no-duties", baseline with { UseDuties = false });
        yield return ("no-vocabulary", baseline with { UseVocabulary = false });
        yield return ("category-text", baseline with { CategoryMode = CategoryMode.Text });
        yield return ("category-bureau", baseline with { CategoryMode = CategoryMode.Bureau });
        yield return ("no-duty-examples", baseline with { DutyExamples = false });
        yield return ("temperature-1", baseline with { Temperature = 1f });
        yield return ("temperature-1.5", baseline with { Temperature = 1.5f });
        yield return ("temperature-3", baseline with { Temperature = 3f });
        yield return ("co-0.02", baseline with { CoHandlerMinConfidence = 0.02 });
        yield return ("co-0.05", baseline with { CoHandlerMinConfidence = 0.05 });
        yield return ("co-0.2", baseline with { CoHandlerMinConfidence = 0.2 });
        yield return ("co-0.05-max1", baseline with { CoHandlerMinConfidence = 0.05, MaxCoHandlers = 1 });
        yield return ("grams-1-2", baseline with { Featurizer = new FeaturizerOptions(1, 2) });
        yield return ("grams-2-3", baseline with { Featurizer = new FeaturizerOptions(2, 3) });
        yield return ("grams-1-4", baseline with { Featurizer = new FeaturizerOptions(1, 4) });
        yield return ("no-normalize", baseline with { Featurizer = new FeaturizerOptions(Normalize: false) });
        yield return ("epochs-15", baseline with { Training = baseline.Training with { Epochs = 15 } });
        yield return ("epochs-60", baseline with { Training = baseline.Training with { Epochs = 60 } });
        yield return ("lr-0.2", baseline with { Training = baseline.Training with { LearningRate = 0.2f } });
        yield return ("lr-1.0", baseline with { Training = baseline.Training with { LearningRate = 1f } });
        yield return ("l2-1e-3", baseline with { Training = baseline.Training with { L2 = 1e-3f } });
        yield return ("l2-1e-5", baseline with { Training = baseline.Training with { L2 = 1e-5f } });
    }
}
