namespace EvDashboard.Core.Tariffs.Calculation;

/// <summary>
/// Conversions between the site's wall clock and UTC instants (as UTC ticks) that stay exact on daylight-saving
/// days: a local time can be missing (spring gap) or happen twice (autumn overlap).
/// </summary>
internal static class ZoneInstants
{
    // No zone's UTC offset is outside ±14 h, so the instant of any wall-clock time lies within 16 h of it.
    private static readonly long SearchSpan = TimeSpan.FromHours(16).Ticks;

    private static readonly long Day = TimeSpan.TicksPerDay;

    public static DateTime ToLocal(TimeZoneInfo zone, long utcTicks) =>
        TimeZoneInfo.ConvertTimeFromUtc(new DateTime(utcTicks, DateTimeKind.Utc), zone);

    /// <summary>
    /// Adds the instant(s) at which the wall clock shows <paramref name="local"/>: two in an autumn overlap, and for
    /// a time inside a spring gap the first instant after it (the moment the clocks jump).
    /// </summary>
    public static void AddInstantsOf(TimeZoneInfo zone, DateTime local, List<long> into)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            into.Add(FirstInstantShowingAtLeast(zone, local));
        }
        else if (zone.IsAmbiguousTime(local))
        {
            foreach (var offset in zone.GetAmbiguousTimeOffsets(local))
            {
                into.Add(local.Ticks - offset.Ticks);
            }
        }
        else
        {
            into.Add(local.Ticks - zone.GetUtcOffset(local).Ticks);
        }
    }

    /// <summary>
    /// Adds every instant in (from, to) at which the zone's UTC offset changes. In the autumn the wall clock runs
    /// back over band edges without ever showing them at that moment, so membership can change there too.
    /// </summary>
    public static void AddOffsetChanges(TimeZoneInfo zone, long fromTicks, long toTicks, List<long> into)
    {
        // Zones change their offset at most once in any day, so one comparison per day finds every change.
        for (var dayStart = fromTicks; dayStart < toTicks; dayStart += Day)
        {
            var dayEnd = Math.Min(dayStart + Day, toTicks);
            if (Offset(zone, dayEnd) != Offset(zone, dayStart))
            {
                var change = FirstOffsetChange(zone, dayStart, dayEnd);
                if (change > fromTicks && change < toTicks)
                {
                    into.Add(change);
                }
            }
        }
    }

    private static long FirstInstantShowingAtLeast(TimeZoneInfo zone, DateTime local) =>
        FirstInstant(local.Ticks - SearchSpan, local.Ticks + SearchSpan, u => u + Offset(zone, u) >= local.Ticks);

    private static long FirstOffsetChange(TimeZoneInfo zone, long low, long high)
    {
        var before = Offset(zone, low);
        return FirstInstant(low, high, u => Offset(zone, u) != before);
    }

    private static long Offset(TimeZoneInfo zone, long utcTicks) =>
        zone.GetUtcOffset(new DateTime(utcTicks, DateTimeKind.Utc)).Ticks;

    /// <summary>The smallest instant in (low, high] for which the condition holds, given it holds at high and from
    /// there on (a binary search to the tick: about 50 steps, needed only on days the offset changes).</summary>
    private static long FirstInstant(long low, long high, Func<long, bool> holds)
    {
        while (high - low > 1)
        {
            var middle = low + ((high - low) / 2);
            if (holds(middle))
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return high;
    }
}
