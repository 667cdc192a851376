using EvDashboard.Core.Live;

namespace EvDashboard.Core.Stations.Queries;

/// <summary>
/// The overview page's state: every charge point's live state, today's sessions and the latest events,
/// loaded by <see cref="OverviewQueries"/> and kept current by <see cref="Apply"/>. Used on the renderer's thread only.
/// </summary>
public sealed class OverviewState
{
    public const int MaxEvents = 20;

    private readonly List<NetworkEvent> _events;

    public OverviewState(StationBoard board, SessionTally today, IEnumerable<NetworkEvent> latestEvents)
    {
        Board = board;
        Today = today;
        _events = latestEvents.OrderByDescending(e => e.At).Take(MaxEvents).ToList();
    }

    public StationBoard Board { get; }

    public SessionTally Today { get; }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<NetworkEvent> Events => _events;

    /// <summary>True when something shown changed.</summary>
    public bool Apply(LiveEvent liveEvent)
    {
        ArgumentNullException.ThrowIfNull(liveEvent);
        var changed = Board.Apply(liveEvent) is not null;
        var line = liveEvent switch
        {
            ChargePointConnectionChanged c => new NetworkEvent(c.At, c.IsOnline ? NetworkEventKind.Online : NetworkEventKind.Offline, c.ChargePointId),
            ChargePointBooted b => new NetworkEvent(b.At, NetworkEventKind.Booted, b.ChargePointId, Detail: $"{b.Vendor} {b.Model}"),
            ConnectorStatusChanged s => new NetworkEvent(s.At, NetworkEventKind.StatusChanged, s.ChargePointId, s.ConnectorId, s.Status, s.ErrorCode),
            SessionChanged s => Today.Apply(s) is { } kind
                ? NetworkEvent.Session(s.At, kind, s.ChargePointId, s.ConnectorId, s.TransactionId, s.IdTag, s.EnergyWh)
                : null,
            _ => null,
        };
        if (line is not null)
        {
            _events.Insert(0, line);
            if (_events.Count > MaxEvents)
            {
                _events.RemoveAt(_events.Count - 1);
            }
        }

        // Every session event moves energy today.
        return changed || line is not null || liveEvent is SessionChanged;
    }
}
