using System.Globalization;
using ServiceBot.Language.Tests.Support;
using ServiceBot.Language.Triage;
using Xunit.Abstractions;

namespace ServiceBot.Language.Tests.Triage;

/// <summary>
/// Triage of the held-out descriptions by the production model (trained on the training part only). Accuracy on the
/// held-out part is measured here and nowhere else; elsewhere its split is re-derived and later batches are kept
/// from paraphrasing it, by similarity alone.
/// </summary>
/// <remarks>
/// Issue 5 sets a target of 90% top-1. With the third training batch the model measured 91.7% top-1 and 100% top-3
/// on the 120 held-out descriptions, in one measurement of the configuration chosen by cross-validation (README,
/// “Dialogs and understanding”; earlier models measured 84.2% to 87.5%). These floors sit a few descriptions below
/// that, so they fail on a real regression and not on one description changing sides; raise them, never lower
/// them, as the model improves.
/// </remarks>
public sealed class BureauTriageAccuracyTests(ITestOutputHelper output)
{
    private const double RequiredTop1 = 0.88;
    private const double RequiredTop3 = 0.97;

    [Fact]
    public void Triage_RoutesHeldOutDescriptions_AtLeastAsWellAsMeasured()
    {
        var evaluation = TriageEvaluation.Of(DefaultCatalog.Triage, TriageDataSet.HeldOut);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"held-out: {evaluation.Count} descriptions, top-1 {evaluation.Top1:P1}, top-3 {evaluation.Top3:P1}, category {evaluation.CategoryAccuracy:P1}, co-handlers precision {evaluation.CoHandlerPrecision:P1} recall {evaluation.CoHandlerRecall:P1}"));
        foreach (var row in evaluation.Thresholds)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"confidence >= {row.Threshold:F1}: {row.Coverage:P1} auto-dispatched, {row.Accuracy:P1} of them right"));
        }

        Assert.Equal(TriageDataSet.HeldOut.Count, evaluation.Count);
        Assert.True(evaluation.Top1 >= RequiredTop1, $"top-1 accuracy {evaluation.Top1:P1} is below {RequiredTop1:P0}");
        Assert.True(evaluation.Top3 >= RequiredTop3, $"top-3 accuracy {evaluation.Top3:P1} is below {RequiredTop3:P0}");
    }
}
