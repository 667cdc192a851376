using EvDashboard.Core.Live;

namespace EvDashboard.Core.Stations.Queries;

/// <summary>
/// Every charge point's live state for a page, ordered by id. Loaded by <see cref="StationBoardQueries"/>,
/// then kept current by <see cref="Apply"/>; a charge point that appears while the page is open is added.
/// Used on the renderer's thread only.
/// </summary>
public sealed class StationBoard
{
    private readonly List<StationState> _stations;
    private readonly Dictionary<string, StationState> _byId;

    public StationBoard(IEnumerable<StationState> stations)
    {
        _stations = stations.OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        _byId = _stations.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<StationState> Stations => _stations;

    public StationState? Find(string chargePointId) => _byId.GetValueOrDefault(chargePointId);

    /// <summary>Applies an event; returns the charge point whose shown state changed, or null.</summary>
    public StationState? Apply(LiveEvent liveEvent)
    {
        ArgumentNullException.ThrowIfNull(liveEvent);
        var station = Find(liveEvent.ChargePointId);
        if (station is null && !IsAboutAChargePoint(liveEvent))
        {
            // Site-wide events (rollups rebuilt, alerts) carry no charge point: they must not add an empty row.
            return null;
        }

        if (station is null)
        {
            station = new StationState(liveEvent.ChargePointId);
            var index = _stations.FindIndex(s => string.CompareOrdinal(s.Id, station.Id) > 0);
            _stations.Insert(index < 0 ? _stations.Count : index, station);
            _byId.Add(station.Id, station);
        }

        return station.Apply(liveEvent) ? station : null;
    }

    private static bool IsAboutAChargePoint(LiveEvent liveEvent) =>
        liveEvent is ChargePointConnectionChanged or ChargePointBooted or ConnectorStatusChanged or SessionChanged
        && !string.IsNullOrEmpty(liveEvent.ChargePointId);

    /// <summary>Takes online state and last-seen times from presence (in memory); true when one went online or offline.</summary>
    public bool SeePresence(ChargePointPresence presence)
    {
        ArgumentNullException.ThrowIfNull(presence);
        var changed = false;
        foreach (var station in _stations)
        {
            changed |= station.SeePresence(presence.IsOnline(station.Id), presence.LastSeen(station.Id));
        }

        return changed;
    }

    /// <summary>A new list of the charge points the filter keeps, in id order.</summary>
    public List<StationState> Filter(StationFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter == StationFilter.All ? [.. _stations] : _stations.FindAll(filter.Matches);
    }

    public StationBoardCounts Count()
    {
        var byState = new Dictionary<ConnectorStatus, int>();
        int online = 0, offlineConnectors = 0, sessions = 0;
        long power = 0;
        foreach (var station in _stations)
        {
            online += station.Online ? 1 : 0;
            foreach (var connector in station.Connectors)
            {
                if (station.Online)
                {
                    byState[connector.Status] = byState.GetValueOrDefault(connector.Status) + 1;
                }
                else
                {
                    offlineConnectors++;
                }

                if (connector.Session is { } session)
                {
                    sessions++;
                    power += session.PowerW ?? 0;
                }
            }
        }

        return new StationBoardCounts(_stations.Count, online, byState, offlineConnectors, sessions, power);
    }
}
