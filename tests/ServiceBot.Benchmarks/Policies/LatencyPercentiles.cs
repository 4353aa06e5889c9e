using System.Globalization;

namespace ServiceBot.Benchmarks.Policies;

/// <summary>Latency percentiles in milliseconds (nearest-rank).</summary>
internal sealed record LatencyPercentiles(double P50, double P95, double P99, double Max, int Count)
{
    public static LatencyPercentiles Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new LatencyPercentiles(0, 0, 0, 0, 0);
        }

        double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new LatencyPercentiles(At(0.50), At(0.95), At(0.99), sorted[^1], sorted.Length);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"p50 {P50:F2} ms, p95 {P95:F2} ms, p99 {P99:F2} ms, max {Max:F2} ms ({Count} queries)");
}
