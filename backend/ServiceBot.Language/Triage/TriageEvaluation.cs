namespace ServiceBot.Language.Triage;

/// <summary>How well a triage model does on a labelled set: the figures the README reports and CI checks.</summary>
internal sealed record TriageEvaluation(
    int Count,
    double Top1,
    double Top3,
    double CategoryAccuracy,
    double CoHandlerPrecision,
    double CoHandlerRecall,
    IReadOnlyList<TriageEvaluation.ThresholdRow> Thresholds)
{
    private static readonly double[] ThresholdSteps = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

    /// <summary>At a confidence threshold: the share of descriptions that would be dispatched automatically, and how many of those went to the right bureau.</summary>
    public sealed record ThresholdRow(double Threshold, double Coverage, double Accuracy);

    public static TriageEvaluation Of(BureauTriage triage, IReadOnlyList<LabelledProblem> examples)
    {
        ArgumentNullException.ThrowIfNull(triage);
        ArgumentNullException.ThrowIfNull(examples);
        var results = examples.Select(e => (Example: e, Result: triage.Triage(e.Text))).ToList();
        if (results.Count == 0)
        {
            return new TriageEvaluation(0, 0, 0, 0, 0, 0, []);
        }

        double Share(Func<(LabelledProblem Example, TriageResult Result), bool> predicate) => (double)results.Count(predicate) / results.Count;
        var proposed = results.Sum(r => r.Result.CoHandlers.Count);
        var proposedRight = results.Sum(r => r.Result.CoHandlers.Count(c => r.Example.Alt.Contains(c.Code, StringComparer.Ordinal)));
        var expected = results.Sum(r => r.Example.Alt.Count);
        var thresholds = ThresholdSteps.Select(t =>
        {
            var above = results.Where(r => r.Result.Confidence >= t).ToList();
            return new ThresholdRow(
                t,
                (double)above.Count / results.Count,
                above.Count == 0 ? 1 : (double)above.Count(r => IsRight(r.Example, r.Result)) / above.Count);
        }).ToList();
        return new TriageEvaluation(
            results.Count,
            Share(r => IsRight(r.Example, r.Result)),
            Share(r => r.Result.InTop(r.Example.Lead, 3)),
            Share(r => string.Equals(r.Result.Category, r.Example.Category, StringComparison.Ordinal)),
            proposed == 0 ? 0 : (double)proposedRight / proposed,
            expected == 0 ? 0 : (double)proposedRight / expected,
            thresholds);
    }

    private static bool IsRight(LabelledProblem example, TriageResult result) => string.Equals(result.Lead.Code, example.Lead, StringComparison.Ordinal);
}
