namespace ServiceBot.Benchmarks.ConsolePages;

/// <summary>p50, p95, p99 and max of a sample of request times, nearest-rank.</summary>
internal sealed record LatencySummary(string Page, int Count, double P50, double P95, double P99, double Max)
{
    public static LatencySummary Of(string page, IReadOnlyList<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToList();
        double Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
        return new LatencySummary(page, sorted.Count, Rank(0.50), Rank(0.95), Rank(0.99), sorted[^1]);
    }

    public override string ToString() => $"| {Page} | {Count} | {P50:F0} | {P95:F0} | {P99:F0} | {Max:F0} |";
}
