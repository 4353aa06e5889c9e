using System.Globalization;
using ServiceBot.Language.Intents;

namespace ServiceBot.Benchmarks;

/// <summary>5-fold cross-validation of the intent recogniser (rules and classifier) on its training utterances.</summary>
internal static class IntentCrossValidation
{
    public static int Run(bool showErrors)
    {
        var data = IntentDataSet.Training;
        var right = 0;
        foreach (var (train, test) in CrossValidation.Folds(data, e => e.Intent.ToString(), e => e.Text, 5))
        {
            var recognizer = IntentRecognizer.Train(train);
            foreach (var example in test)
            {
                var result = recognizer.Recognize(example.Text, []);
                if (result.Intent == example.Intent)
                {
                    right++;
                }
                else if (showErrors)
                {
                    Console.WriteLine($"  {example.Intent,-22} -> {result.Intent,-22} {result.Confidence:F2} {example.Text}");
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"intents: 5-fold cross-validation on {data.Count} utterances: accuracy {(double)right / data.Count:P1}"));
        return 0;
    }
}
