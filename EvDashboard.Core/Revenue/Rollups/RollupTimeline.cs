using EvDashboard.Core.Stations;

namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>
/// A connector's reported statuses and its charge point's connection changes over one day, each starting from the state
/// in force at the day's start. Times are whole seconds (truncated), so the pieces add up to the day exactly.
/// </summary>
internal sealed class RollupTimeline
{
    public ConnectorStatus? InitialStatus { get; set; }

    public List<(long Second, ConnectorStatus Status)> Statuses { get; } = [];

    public static ConnectorTimeKind KindOf(ConnectorStatus? status) => status switch
    {
        null => ConnectorTimeKind.Unknown,
        ConnectorStatus.Charging => ConnectorTimeKind.Charging,
        ConnectorStatus.Available => ConnectorTimeKind.Available,
        ConnectorStatus.Faulted => ConnectorTimeKind.Faulted,
        ConnectorStatus.Unavailable => ConnectorTimeKind.Unavailable,
        _ => ConnectorTimeKind.Occupied,
    };

    public static long Second(DateTimeOffset instant) => instant.UtcTicks / TimeSpan.TicksPerSecond;

    /// <summary>
    /// Calls <paramref name="piece"/> for each stretch of [<paramref name="from"/>, <paramref name="to"/>) (seconds) with one kind,
    /// overlaying the charge point's <paramref name="connection"/> (offline wins).
    /// </summary>
    public void Walk(RollupConnection connection, long from, long to, Action<long, long, ConnectorTimeKind> piece)
    {
        var status = InitialStatus;
        var online = connection.InitiallyOnline;
        int s = 0, c = 0;
        var at = from;
        while (at < to)
        {
            while (s < Statuses.Count && Statuses[s].Second <= at)
            {
                status = Statuses[s++].Status;
            }

            while (c < connection.Changes.Count && connection.Changes[c].Second <= at)
            {
                online = connection.Changes[c++].IsOnline;
            }

            var next = to;
            if (s < Statuses.Count && Statuses[s].Second < next)
            {
                next = Statuses[s].Second;
            }

            if (c < connection.Changes.Count && connection.Changes[c].Second < next)
            {
                next = connection.Changes[c].Second;
            }

            piece(at, next, online ? KindOf(status) : ConnectorTimeKind.Offline);
            at = next;
        }
    }
}
