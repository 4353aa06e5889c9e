namespace ServiceBot.Benchmarks;

/// <summary>p50, p99 and max of a sample, nearest-rank.</summary>
internal sealed record Percentiles(int Count, TimeSpan P50, TimeSpan P99, TimeSpan Max)
{
    public static Percentiles Of(IReadOnlyList<TimeSpan> sample)
    {
        if (sample.Count == 0)
        {
            return new Percentiles(0, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
        }

        var sorted = sample.Order().ToList();
        TimeSpan Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
        return new Percentiles(sorted.Count, Rank(0.50), Rank(0.99), sorted[^1]);
    }

    public override string ToString() => $"n={Count}, p50 {P50.TotalMilliseconds:F0} ms, p99 {P99.TotalMilliseconds:F0} ms, max {Max.TotalMilliseconds:F0} ms";
}
