using System.Globalization;
using ServiceBot.Language.Intents;
using Xunit.Abstractions;

namespace ServiceBot.Language.Tests.Intents;

/// <summary>The intent recogniser on the held-out utterances, which it was neither trained nor tuned on.</summary>
public sealed class IntentRecognizerAccuracyTests(ITestOutputHelper output)
{
    private const double RequiredAccuracy = 0.85;

    [Fact]
    public void Recognize_GetsAtLeast85PercentOfHeldOutUtterancesRight()
    {
        var results = IntentDataSet.HeldOut.Select(e => (e.Intent, Result: IntentRecognizer.Default.Recognize(e.Text, []))).ToList();

        var accuracy = (double)results.Count(r => r.Result.Intent == r.Intent) / results.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"held-out: {results.Count} utterances, accuracy {accuracy:P1}"));
        Assert.True(accuracy >= RequiredAccuracy, $"intent accuracy {accuracy:P1} is below {RequiredAccuracy:P0}");
    }

    [Fact]
    public void DataSet_CoversEveryIntent_InTrainingAndHeldOut()
    {
        var intents = Enum.GetValues<Intent>().Where(i => i != Intent.Unknown).ToList();

        Assert.All(intents, i => Assert.True(IntentDataSet.Training.Count(e => e.Intent == i) >= 15, $"{i} has too few training utterances"));
        Assert.All(intents, i => Assert.Contains(IntentDataSet.HeldOut, e => e.Intent == i));
        Assert.Empty(IntentDataSet.Training.Select(e => e.Text).Intersect(IntentDataSet.HeldOut.Select(e => e.Text)));
    }
}
