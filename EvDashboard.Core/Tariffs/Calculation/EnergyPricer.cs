namespace EvDashboard.Core.Tariffs.Calculation;

/// <summary>
/// Splits the delivered energy into pieces at the component's time slices and kWh-range edges and gives each piece
/// to the first entry whose band and range contain it (docs/TARIFFS.md, rule 4). One pass over the curve.
/// </summary>
internal static class EnergyPricer
{
    /// <summary>The Wh each entry prices (unmatched energy is free).</summary>
    public static long[] WhPerEntry(IReadOnlyList<PriceComponent> entries, EnergyCurve curve, long[] timeEdges, TimeZoneInfo zone)
    {
        var wh = new long[entries.Count];
        var rangeEdges = RangeEdges(entries, curve.TotalWh);
        var cursor = 0;
        var nextRangeEdge = 0;
        var from = curve.PositionAt(timeEdges[0], ref cursor);
        for (var slice = 0; slice < timeEdges.Length - 1; slice++)
        {
            // The last slice ends at E itself, even when the window has no length.
            var to = slice == timeEdges.Length - 2 ? curve.TotalWh : curve.PositionAt(timeEdges[slice + 1], ref cursor);
            if (to > from)
            {
                var local = ZoneInstants.ToLocal(zone, timeEdges[slice]);
                AddPieces(entries, local, from, to, rangeEdges, ref nextRangeEdge, wh);
            }

            from = to;
        }

        return wh;
    }

    private static void AddPieces(IReadOnlyList<PriceComponent> entries, DateTime local, long from, long to, long[] rangeEdges, ref int nextRangeEdge, long[] wh)
    {
        while (from < to)
        {
            while (nextRangeEdge < rangeEdges.Length && rangeEdges[nextRangeEdge] <= from)
            {
                nextRangeEdge++;
            }

            var pieceEnd = nextRangeEdge < rangeEdges.Length ? Math.Min(rangeEdges[nextRangeEdge], to) : to;
            var entry = FirstMatch(entries, local, from);
            if (entry >= 0)
            {
                wh[entry] += pieceEnd - from;
            }

            from = pieceEnd;
        }
    }

    /// <summary>A piece lies between two range edges, so the range that holds its first Wh holds all of it.</summary>
    private static int FirstMatch(IReadOnlyList<PriceComponent> entries, DateTime local, long position)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var restriction = entries[i].Restriction;
            if (InRange(restriction, position) && LocalBand.Matches(restriction, local))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool InRange(PriceRestriction? restriction, long position) =>
        restriction is null
        || (position >= (restriction.MinEnergyWh ?? long.MinValue) && position < (restriction.MaxEnergyWh ?? long.MaxValue));

    private static long[] RangeEdges(IReadOnlyList<PriceComponent> entries, long totalWh)
    {
        var edges = new SortedSet<long>();
        foreach (var entry in entries)
        {
            AddInside(edges, entry.Restriction?.MinEnergyWh, totalWh);
            AddInside(edges, entry.Restriction?.MaxEnergyWh, totalWh);
        }

        return [.. edges];
    }

    private static void AddInside(SortedSet<long> edges, long? edge, long totalWh)
    {
        if (edge is > 0 && edge < totalWh)
        {
            edges.Add(edge.Value);
        }
    }
}
