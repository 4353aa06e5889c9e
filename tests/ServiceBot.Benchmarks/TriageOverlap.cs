using System.Globalization;
using System.Text.Json;
using ServiceBot.Language.Triage;

namespace ServiceBot.Benchmarks;

/// <summary>
/// The near-duplicate check for descriptions written after the held-out split: each candidate's highest
/// character-bigram Jaccard similarity to any held-out description. It prints candidates only, never a held-out
/// text, so new training data can be checked without anyone reading the held-out part. With no file it checks the
/// shipped later batches; with a JSON-lines file (one object with a <c>text</c> per line) it checks that file, and
/// also reports candidates that nearly repeat a training description.
/// </summary>
internal static class TriageOverlap
{
    private const double RepeatsTraining = 0.6;

    public static int Run(string[] args)
    {
        var heldOut = TriageDataSet.HeldOut.Select(e => TextOverlap.Bigrams(e.Text)).ToList();
        var file = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        var candidates = file is null
            ? TriageDataSet.WrittenAfterSplit.Select((e, i) => (Line: i + 1, e.Text)).ToList()
            : File.ReadLines(file).Select((line, i) => (Line: i + 1, Text: line))
                .Where(l => l.Text.Trim().Length > 0)
                .Select(l => (l.Line, JsonDocument.Parse(l.Text).RootElement.GetProperty("text").GetString()!))
                .ToList();
        var training = file is null ? [] : TriageDataSet.Training.Select(e => TextOverlap.Bigrams(e.Text)).ToList();

        var flagged = 0;
        var highest = 0.0;
        foreach (var (line, text) in candidates)
        {
            var similarity = TextOverlap.MaxJaccard(text, heldOut);
            highest = Math.Max(highest, similarity);
            if (similarity >= TextOverlap.NearDuplicate)
            {
                flagged++;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"near held-out  line {line,4}  {similarity:F2}  {text}"));
            }

            var repeat = TextOverlap.MaxJaccard(text, training);
            if (repeat >= RepeatsTraining)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"near training  line {line,4}  {repeat:F2}  {text}"));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{candidates.Count} candidates, {flagged} at or above {TextOverlap.NearDuplicate:F2} similarity to a held-out description; highest {highest:F2}"));
        return flagged == 0 ? 0 : 1;
    }
}
