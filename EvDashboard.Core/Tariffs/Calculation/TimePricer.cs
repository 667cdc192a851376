namespace EvDashboard.Core.Tariffs.Calculation;

/// <summary>
/// Gives each stretch of charging or idle time to the first entry whose day and time band holds it (docs/TARIFFS.md,
/// rules 6 and 7). Energy limits do not apply to time. One merged pass over slices and stretches.
/// </summary>
internal static class TimePricer
{
    /// <summary>The ticks each entry prices (time no entry matches is free).</summary>
    public static long[] TicksPerEntry(IReadOnlyList<PriceComponent> entries, long[] timeEdges, IReadOnlyList<TimeInterval> stretches, TimeZoneInfo zone)
    {
        var ticks = new long[entries.Count];
        var first = 0;
        for (var slice = 0; slice < timeEdges.Length - 1; slice++)
        {
            var (from, to) = (timeEdges[slice], timeEdges[slice + 1]);
            while (first < stretches.Count && stretches[first].EndTicks <= from)
            {
                first++;
            }

            var overlap = 0L;
            for (var i = first; i < stretches.Count && stretches[i].StartTicks < to; i++)
            {
                overlap += Math.Min(stretches[i].EndTicks, to) - Math.Max(stretches[i].StartTicks, from);
            }

            if (overlap > 0)
            {
                var entry = LocalBand.FirstMatch(entries, ZoneInstants.ToLocal(zone, from));
                if (entry >= 0)
                {
                    ticks[entry] += overlap;
                }
            }
        }

        return ticks;
    }
}
