using System.Diagnostics;

namespace EvDashboard.Bench;

/// <summary>Throughput and exact latency percentiles of the calls answered inside the measurement window.</summary>
internal sealed record ActionFigures(string Action, long Calls, double CallsPerSecond, double P50Ms, double P95Ms, double P99Ms, double MaxMs)
{
    /// <summary>Computes the figures from every recorded latency; sorts <paramref name="latencyTicks"/> in place.</summary>
    public static ActionFigures From(string action, long[] latencyTicks, TimeSpan window)
    {
        Array.Sort(latencyTicks);
        var perSecond = window > TimeSpan.Zero ? latencyTicks.Length / window.TotalSeconds : 0;
        return new ActionFigures(
            action,
            latencyTicks.Length,
            perSecond,
            Percentile(latencyTicks, 0.50),
            Percentile(latencyTicks, 0.95),
            Percentile(latencyTicks, 0.99),
            latencyTicks.Length == 0 ? 0 : ToMilliseconds(latencyTicks[^1]));
    }

    // Nearest-rank percentile: the smallest recorded value with at least p of all values at or below it.
    private static double Percentile(long[] sorted, double p)
    {
        if (sorted.Length == 0)
            return 0;
        var rank = (int)Math.Ceiling(p * sorted.Length);
        return ToMilliseconds(sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)]);
    }

    private static double ToMilliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
