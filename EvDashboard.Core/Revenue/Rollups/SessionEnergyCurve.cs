namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>
/// A session's cumulative energy over time: from (start, 0) through its billing register readings to (end, EnergyWh),
/// linear between points. Each point is clamped to [previous point, EnergyWh], so a register that goes backwards adds
/// nothing and the curve ends exactly at the session's energy. <see cref="At"/> floors, and energy in [a, b) is
/// At(b) − At(a): hours and days telescope to the session's EnergyWh with no rounding left over.
/// </summary>
internal sealed class SessionEnergyCurve
{
    private readonly long[] _ticks;
    private readonly long[] _wh;

    private SessionEnergyCurve(long[] ticks, long[] wh)
    {
        _ticks = ticks;
        _wh = wh;
    }

    public static SessionEnergyCurve For(RollupSession session)
    {
        var start = session.StartedAt.UtcTicks;
        var end = session.CurveEnd.UtcTicks;
        var total = Math.Max(0, session.EnergyWh);
        var ticks = new List<long>(session.Readings.Count + 2) { start };
        var wh = new List<long>(session.Readings.Count + 2) { 0 };
        foreach (var (at, register) in session.Readings)
        {
            var t = at.UtcTicks;
            if (t <= start || t >= end)
            {
                continue;
            }

            var value = Math.Clamp(register - session.MeterStartWh, wh[^1], total);
            if (ticks[^1] == t)
            {
                wh[^1] = value;
            }
            else
            {
                ticks.Add(t);
                wh.Add(value);
            }
        }

        // Stopped at (or stamped before) its start: all of its energy in the tick after it, so in the hour that holds the start.
        ticks.Add(end > start ? end : start + 1);
        wh.Add(total);

        return new SessionEnergyCurve([.. ticks], [.. wh]);
    }

    /// <summary>Energy delivered before <paramref name="instant"/>, in whole Wh (floored).</summary>
    public long At(DateTimeOffset instant)
    {
        var t = instant.UtcTicks;
        if (t < _ticks[0])
        {
            return 0;
        }

        if (t >= _ticks[^1])
        {
            return _wh[^1];
        }

        var i = Array.BinarySearch(_ticks, t);
        if (i >= 0)
        {
            return _wh[i];
        }

        var next = ~i;
        var previous = next - 1;
        var rise = (Int128)(_wh[next] - _wh[previous]) * (t - _ticks[previous]);
        return _wh[previous] + (long)(rise / (_ticks[next] - _ticks[previous]));
    }

    public long Between(DateTimeOffset from, DateTimeOffset to) => At(to) - At(from);
}
