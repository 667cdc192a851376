namespace EvDashboard.Reports.Benchmark;

/// <summary>Latency percentiles of one case's runs (nearest-rank), in milliseconds.</summary>
internal sealed record LatencySummary(int Runs, double P50, double P95, double Max, long Rows)
{
    public static LatencySummary From(IReadOnlyList<double> milliseconds, long rows)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        var sorted = milliseconds.Order().ToArray();
        return new LatencySummary(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.95), sorted[^1], rows);
    }

    private static double Rank(double[] sorted, double percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
