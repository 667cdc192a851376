using System.Globalization;

namespace EvDashboard.E2E.Live;

/// <summary>Percentiles (nearest rank) of event-to-DOM times.</summary>
public sealed record LatencyStats(int Count, TimeSpan P50, TimeSpan P95, TimeSpan Max)
{
    public static LatencyStats From(IReadOnlyCollection<TimeSpan> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            throw new ArgumentException("No samples.", nameof(samples));
        }

        var sorted = samples.Order().ToArray();
        return new LatencyStats(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.95), sorted[^1]);
    }

    public string Describe(string what) => string.Create(
        CultureInfo.InvariantCulture,
        $"{what}: event-to-DOM latency over {Count} events: p50 {P50.TotalMilliseconds:0} ms, p95 {P95.TotalMilliseconds:0} ms, max {Max.TotalMilliseconds:0} ms (goal p95 < 250 ms)");

    private static TimeSpan Rank(TimeSpan[] sorted, double percentile) => sorted[Math.Max(0, (int)Math.Ceiling(percentile * sorted.Length) - 1)];
}
