namespace EvDashboard.Core.Tariffs.Calculation;

/// <summary>
/// Delivered energy over the session's window as a piecewise-linear curve of positions 0..E (docs/TARIFFS.md,
/// rule 2): the start, the register readings strictly inside the window and the end, each clamped to [0, E] and
/// made non-decreasing, so a register that runs backwards or resets never gives energy back.
/// </summary>
internal sealed class EnergyCurve
{
    private readonly long[] _ticks;
    private readonly long[] _positions;

    private EnergyCurve(long[] ticks, long[] positions, long totalWh)
    {
        _ticks = ticks;
        _positions = positions;
        TotalWh = totalWh;
        FullAtTicks = FirstTimeAt(totalWh);
    }

    /// <summary>E: the energy delivered in the window.</summary>
    public long TotalWh { get; }

    /// <summary>The first instant the curve reached E (the end of the window when E arrives only there).</summary>
    public long FullAtTicks { get; }

    public static EnergyCurve Build(SessionTimeline timeline, long startTicks, long endTicks)
    {
        var total = Math.Max(0, timeline.MeterEndWh - timeline.MeterStartWh);
        var readings = timeline.Readings;
        var (count, sorted) = CountInside(readings, startTicks, endTicks);
        var ticks = new long[count + 2];
        var positions = new long[count + 2];
        ticks[0] = startTicks;
        ticks[^1] = endTicks;
        positions[^1] = total;
        if (!sorted)
        {
            // Rare (a charger's buffered readings replayed out of order): only then are the readings copied and sorted.
            readings = SortedInside(readings, count, startTicks, endTicks);
        }

        var next = 1;
        var highest = 0L;
        for (var i = 0; i < readings.Count; i++)
        {
            var reading = readings[i];
            var at = reading.At.UtcTicks;
            if (at > startTicks && at < endTicks)
            {
                highest = Math.Max(highest, Math.Clamp(reading.RegisterWh - timeline.MeterStartWh, 0, total));
                ticks[next] = at;
                positions[next++] = highest;
            }
        }

        return new EnergyCurve(ticks, positions, total);
    }

    /// <summary>
    /// The energy delivered before <paramref name="ticks"/> (a jump exactly at that instant belongs to what follows),
    /// interpolated linearly and floored to whole Wh. Calls must come in non-decreasing time, sharing
    /// <paramref name="cursor"/> (start at 0): a whole pass over the curve is linear in its points.
    /// </summary>
    public long PositionAt(long ticks, ref int cursor)
    {
        while (cursor < _ticks.Length - 1 && _ticks[cursor] < ticks)
        {
            cursor++;
        }

        // _ticks[cursor] is the first point at or after the instant (or the last point).
        if (_ticks[cursor] <= ticks || cursor == 0)
        {
            return _positions[cursor];
        }

        var (t0, p0) = (_ticks[cursor - 1], _positions[cursor - 1]);
        var (t1, p1) = (_ticks[cursor], _positions[cursor]);
        // Int128: Wh × ticks of a long session overflows a long.
        return p0 + (long)((Int128)(p1 - p0) * (ticks - t0) / (t1 - t0));
    }

    private long FirstTimeAt(long position)
    {
        for (var i = 0; i < _positions.Length; i++)
        {
            if (_positions[i] >= position)
            {
                return _ticks[i];
            }
        }

        return _ticks[^1];
    }

    /// <summary>How many readings lie strictly inside the window, and whether all of them come in time order.</summary>
    private static (int Count, bool Sorted) CountInside(IReadOnlyList<EnergyReading> readings, long startTicks, long endTicks)
    {
        var count = 0;
        var sorted = true;
        var previous = new EnergyReading(DateTimeOffset.MinValue, long.MinValue);
        for (var i = 0; i < readings.Count; i++)
        {
            var reading = readings[i];
            var at = reading.At.UtcTicks;
            if (at > startTicks && at < endTicks)
            {
                count++;
                sorted &= ByTimeThenRegister(previous, reading) <= 0;
                previous = reading;
            }
        }

        return (count, sorted);
    }

    private static int ByTimeThenRegister(EnergyReading a, EnergyReading b)
    {
        var byTime = a.At.UtcTicks.CompareTo(b.At.UtcTicks);
        return byTime != 0 ? byTime : a.RegisterWh.CompareTo(b.RegisterWh);
    }

    private static EnergyReading[] SortedInside(IReadOnlyList<EnergyReading> readings, int count, long startTicks, long endTicks)
    {
        var inside = new EnergyReading[count];
        var next = 0;
        for (var i = 0; i < readings.Count; i++)
        {
            var at = readings[i].At.UtcTicks;
            if (at > startTicks && at < endTicks)
            {
                inside[next++] = readings[i];
            }
        }

        Array.Sort(inside, ByTimeThenRegister);
        return inside;
    }
}
