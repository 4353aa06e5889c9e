namespace ServiceBot.Application.Cockpit.Common;

/// <summary>
/// The weighted score: 100 × Σ(weight × rate) / Σ(weight) over the rates that have a denominator (回退率, 延期率 and
/// 重办率 as one minus the rate), minus <see cref="CockpitOptions.OverdueDayPenalty"/> per overdue working day,
/// kept within 0–100. Null when no rate has a denominator.
/// </summary>
public static class BureauScoring
{
    public static double? Score(BureauCounts counts, CockpitOptions options)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(options);
        var parts = new (double Weight, double? Value)[]
        {
            (options.TimelySignForWeight, counts.TimelySignForRate),
            (options.OnTimeAnswerWeight, counts.OnTimeAnswerRate),
            (options.ReturnWeight, Inverse(counts.ReturnRate)),
            (options.ExtensionWeight, Inverse(counts.ExtensionRate)),
            (options.ReopenWeight, Inverse(counts.ReopenRate)),
            (options.SatisfactionWeight, counts.SatisfactionRate),
            (options.SolvedWeight, counts.SolvedRate),
        };
        var weight = parts.Where(p => p.Value is not null && p.Weight > 0).Sum(p => p.Weight);
        if (weight <= 0)
        {
            return null;
        }

        var score = (100 * parts.Where(p => p.Value is not null).Sum(p => p.Weight * p.Value!.Value) / weight) - (options.OverdueDayPenalty * counts.OverdueWorkingDays);
        return Math.Round(Math.Clamp(score, 0, 100), 1);
    }

    private static double? Inverse(double? rate) => rate is { } r ? Math.Max(0, 1 - r) : null;
}
