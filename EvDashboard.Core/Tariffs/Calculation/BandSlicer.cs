namespace EvDashboard.Core.Tariffs.Calculation;

/// <summary>
/// Cuts a session's window into slices inside which no entry of a component changes whether it matches: at every
/// instant the wall clock reaches a band edge (converted per local date, so DST days are exact), at local midnights
/// when days are restricted, and where the zone's offset changes (docs/TARIFFS.md, rule 3).
/// </summary>
internal static class BandSlicer
{
    /// <summary>
    /// The slice edges from start to end, ascending and distinct except that a zero-length window gives
    /// [start, start], one empty slice, so that whatever happened at that instant is still priced once.
    /// </summary>
    public static long[] Edges(IReadOnlyList<PriceComponent> entries, long startTicks, long endTicks, TimeZoneInfo zone)
    {
        if (endTicks <= startTicks)
        {
            return [startTicks, startTicks];
        }

        var times = EdgeTimes(entries);
        if (times.Count == 0)
        {
            return [startTicks, endTicks];
        }

        var instants = new List<long> { startTicks, endTicks };
        AddLocalEdges(times, startTicks, endTicks, zone, instants);
        ZoneInstants.AddOffsetChanges(zone, startTicks, endTicks, instants);
        return SortedDistinctWithin(instants, startTicks, endTicks);
    }

    /// <summary>The times of day at which any entry's band can begin or end; empty when no entry limits time.</summary>
    private static List<TimeSpan> EdgeTimes(IReadOnlyList<PriceComponent> entries)
    {
        var times = new List<TimeSpan>();
        foreach (var entry in entries)
        {
            var restriction = entry.Restriction;
            if (restriction is null || !LocalBand.LimitsTime(restriction))
            {
                continue;
            }

            // A band ending at 24:00 ends at the next day's 00:00, and a day limit changes at midnight.
            AddOnce(times, LocalBand.StartOf(restriction.StartTime));
            AddOnce(times, TimeSpan.FromTicks(LocalBand.EndOf(restriction.EndTime).Ticks % TimeSpan.TicksPerDay));
            if (LocalBand.HasDays(restriction))
            {
                AddOnce(times, TimeSpan.Zero);
            }
        }

        return times;
    }

    private static void AddLocalEdges(List<TimeSpan> times, long startTicks, long endTicks, TimeZoneInfo zone, List<long> into)
    {
        // One local date either side: an autumn overlap at midnight can put a date's times on either side of the window.
        var firstDate = ZoneInstants.ToLocal(zone, startTicks).Date.AddDays(-1);
        var lastDate = ZoneInstants.ToLocal(zone, endTicks).Date.AddDays(1);
        for (var date = firstDate; date <= lastDate; date = date.AddDays(1))
        {
            foreach (var time in times)
            {
                ZoneInstants.AddInstantsOf(zone, date + time, into);
            }
        }
    }

    private static long[] SortedDistinctWithin(List<long> instants, long startTicks, long endTicks)
    {
        instants.Sort();
        var edges = new List<long>(instants.Count);
        foreach (var instant in instants)
        {
            if (instant >= startTicks && instant <= endTicks && (edges.Count == 0 || edges[^1] != instant))
            {
                edges.Add(instant);
            }
        }

        return [.. edges];
    }

    private static void AddOnce(List<TimeSpan> times, TimeSpan time)
    {
        if (!times.Contains(time))
        {
            times.Add(time);
        }
    }
}
