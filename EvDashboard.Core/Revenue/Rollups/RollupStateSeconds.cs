namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>Adds a connector's seconds per state to its day, and its occupied and observed seconds to the site's hours.</summary>
internal static class RollupStateSeconds
{
    public static void Add(RollupWindow window, RollupTimeline timeline, RollupConnection connection, ConnectorDay day, List<SiteHour> hours)
    {
        var from = RollupTimeline.Second(window.Start);
        var until = RollupTimeline.Second(window.Until);
        timeline.Walk(connection, from, until, (start, end, kind) =>
        {
            AddTo(day, kind, end - start);
            if (kind is ConnectorTimeKind.Offline or ConnectorTimeKind.Unknown)
            {
                return;
            }

            for (var i = 0; i < hours.Count; i++)
            {
                var overlap = Math.Min(end, RollupTimeline.Second(window.Hours[i].End)) - Math.Max(start, RollupTimeline.Second(window.Hours[i].Start));
                if (overlap <= 0)
                {
                    continue;
                }

                hours[i].ObservedSeconds += overlap;
                hours[i].OccupiedSeconds += kind is ConnectorTimeKind.Charging or ConnectorTimeKind.Occupied ? overlap : 0;
            }
        });
    }

    private static void AddTo(ConnectorDay day, ConnectorTimeKind kind, long seconds)
    {
        switch (kind)
        {
            case ConnectorTimeKind.Charging: day.ChargingSeconds += seconds; break;
            case ConnectorTimeKind.Occupied: day.OccupiedSeconds += seconds; break;
            case ConnectorTimeKind.Available: day.AvailableSeconds += seconds; break;
            case ConnectorTimeKind.Faulted: day.FaultedSeconds += seconds; break;
            case ConnectorTimeKind.Unavailable: day.UnavailableSeconds += seconds; break;
            case ConnectorTimeKind.Offline: day.OfflineSeconds += seconds; break;
            default: day.UnknownSeconds += seconds; break;
        }
    }
}
