using EvDashboard.Core.Stations;

namespace EvDashboard.Core.Tariffs.Calculation;

/// <summary>
/// When the session was charging and when it went idle, from the connector's statuses and the energy curve
/// (docs/TARIFFS.md, rules 5 and 6). A status before the first known one counts as Charging.
/// </summary>
internal sealed class ChargingPhases
{
    private ChargingPhases(long? chargingEndTicks, List<TimeInterval> charging)
    {
        ChargingEndTicks = chargingEndTicks;
        Charging = charging;
    }

    /// <summary>The start of idle, or null when the session never stopped charging (or delivered nothing).</summary>
    public long? ChargingEndTicks { get; }

    /// <summary>The stretches in status Charging before the charging end, ascending and disjoint.</summary>
    public IReadOnlyList<TimeInterval> Charging { get; }

    public static ChargingPhases Find(IReadOnlyList<StatusPoint> statuses, EnergyCurve curve, long startTicks, long endTicks)
    {
        var ordered = Ordered(statuses);
        var chargingEnd = curve.TotalWh > 0 ? ChargingEnd(ordered, curve.FullAtTicks, endTicks) : null;
        return new ChargingPhases(chargingEnd, ChargingIntervals(ordered, startTicks, chargingEnd ?? endTicks));
    }

    private static long? ChargingEnd(StatusPoint[] statuses, long fullAtTicks, long endTicks)
    {
        var last = LastAtOrBefore(statuses, endTicks);
        if (last >= 0 && IsDoneCharging(statuses[last].Status))
        {
            var runStart = last;
            while (runStart > 0 && IsDoneCharging(statuses[runStart - 1].Status))
            {
                runStart--;
            }

            // The car may report SuspendedEV while the meter still catches up: idle never starts before the last Wh.
            return Math.Max(statuses[runStart].At.UtcTicks, fullAtTicks);
        }

        return fullAtTicks < endTicks ? fullAtTicks : null;
    }

    private static List<TimeInterval> ChargingIntervals(StatusPoint[] statuses, long fromTicks, long toTicks)
    {
        var intervals = new List<TimeInterval>();
        for (var i = -1; i < statuses.Length; i++)
        {
            // Segment i runs from status i (or the beginning of time) to status i + 1 (or the end of time).
            var charging = i < 0 || statuses[i].Status == ConnectorStatus.Charging;
            var segmentStart = Math.Max(i < 0 ? long.MinValue : statuses[i].At.UtcTicks, fromTicks);
            var segmentEnd = Math.Min(i + 1 < statuses.Length ? statuses[i + 1].At.UtcTicks : long.MaxValue, toTicks);
            if (!charging || segmentEnd <= segmentStart)
            {
                continue;
            }

            if (intervals.Count > 0 && intervals[^1].EndTicks == segmentStart)
            {
                intervals[^1] = intervals[^1] with { EndTicks = segmentEnd };
            }
            else
            {
                intervals.Add(new TimeInterval(segmentStart, segmentEnd));
            }
        }

        return intervals;
    }

    private static bool IsDoneCharging(ConnectorStatus status) => status is ConnectorStatus.SuspendedEV or ConnectorStatus.Finishing;

    private static int LastAtOrBefore(StatusPoint[] statuses, long ticks)
    {
        var last = -1;
        for (var i = 0; i < statuses.Length && statuses[i].At.UtcTicks <= ticks; i++)
        {
            last = i;
        }

        return last;
    }

    private static StatusPoint[] Ordered(IReadOnlyList<StatusPoint> statuses)
    {
        var copy = new StatusPoint[statuses.Count];
        var sorted = true;
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = statuses[i];
            sorted &= i == 0 || copy[i - 1].At.UtcTicks <= copy[i].At.UtcTicks;
        }

        // OrderBy is stable: two changes reported with one timestamp keep the order they were recorded in.
        return sorted ? copy : [.. copy.OrderBy(p => p.At.UtcTicks)];
    }
}
