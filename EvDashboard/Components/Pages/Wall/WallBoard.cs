using EvDashboard.Core.Live;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Stations.Queries;
using EvDashboard.Core.Tariffs.Pricing;

namespace EvDashboard.Components.Pages.Wall;

/// <summary>
/// The wall's state: connector tiles in station order, today's energy per session and the events ticker, loaded
/// from a snapshot and moved on by live events (on the renderer's thread only).
/// </summary>
public sealed class WallBoard
{
    public const int TickerLength = 12;

    private static readonly IComparer<WallTileView> Order = Comparer<WallTileView>.Create((a, b) =>
    {
        var byStation = string.CompareOrdinal(a.ChargePointId, b.ChargePointId);
        return byStation != 0 ? byStation : a.ConnectorId.CompareTo(b.ConnectorId);
    });

    private readonly List<WallTileView> _tiles = [];
    private readonly Dictionary<(string, int), WallTileView> _byKey = [];
    private readonly Dictionary<int, WallSessionEnergy> _energy = [];
    private readonly List<WallEvent> _events = [];

    public IReadOnlyList<WallTileView> Tiles => _tiles;

    /// <summary>Newest first.</summary>
    public IReadOnlyList<WallEvent> Events => _events;

    public DateTimeOffset TodayStartsAt { get; private set; }

    public int Occupied => _tiles.Count(t => t.IsOccupied);

    public long EnergyTodayWh => _energy.Values.Sum(e => e.TodayWh);

    public long PowerNowW => _tiles.Sum(t => t.TransactionId is null ? 0 : t.PowerW ?? 0);

    public int ChargePoints => _tiles.Select(t => t.ChargePointId).Distinct(StringComparer.Ordinal).Count();

    public int ChargePointsOnline => _tiles.Where(t => t.Online).Select(t => t.ChargePointId).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The sessions open on the wall's connectors, whose running costs the tiles show.</summary>
    public IReadOnlyList<int> OpenSessions => _tiles.Where(t => t.TransactionId is not null).Select(t => t.TransactionId!.Value).ToList();

    /// <summary>Puts freshly read running costs on the tiles; a session missing from <paramref name="costs"/> is unpriced.</summary>
    public void ApplyCosts(IReadOnlyDictionary<int, SessionCost> costs)
    {
        ArgumentNullException.ThrowIfNull(costs);
        foreach (var tile in _tiles)
        {
            tile.Cost = tile.TransactionId is { } id && costs.TryGetValue(id, out var cost) ? cost : null;
        }
    }

    public void Load(WallSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _tiles.Clear();
        _byKey.Clear();
        foreach (var tile in snapshot.Connectors.Select(WallTileView.From))
        {
            _tiles.Add(tile);
            _byKey[(tile.ChargePointId, tile.ConnectorId)] = tile;
        }

        _tiles.Sort(Order);
        _energy.Clear();
        foreach (var session in snapshot.EnergyToday)
        {
            _energy[session.TransactionId] = session;
        }

        _events.Clear();
        _events.AddRange(snapshot.Events.Take(TickerLength));
        TodayStartsAt = snapshot.TodayStartsAt;
    }

    /// <summary>Applies one live event; true when something on the wall changed.</summary>
    public bool Apply(LiveEvent liveEvent) => liveEvent switch
    {
        ChargePointConnectionChanged c => Connection(c),
        ChargePointBooted b => Booted(b),
        ConnectorStatusChanged s => StatusChanged(s),
        SessionChanged s => SessionChanged(s),
        _ => false,
    };

    private bool Connection(ChargePointConnectionChanged change)
    {
        foreach (var tile in _tiles.Where(t => t.ChargePointId == change.ChargePointId))
        {
            tile.Online = change.IsOnline;
            tile.LastSeenAt = change.At;
        }

        AddEvent(new WallEvent(change.At, change.IsOnline ? WallEventKind.ChargePointOnline : WallEventKind.ChargePointOffline, change.ChargePointId, 0));
        return true;
    }

    private bool Booted(ChargePointBooted booted)
    {
        AddEvent(new WallEvent(booted.At, WallEventKind.ChargePointBooted, booted.ChargePointId, 0));
        return true;
    }

    private bool StatusChanged(ConnectorStatusChanged change)
    {
        if (change.ConnectorId == 0)
        {
            // Connector 0 is the charge point as a whole: only its faults are news on the wall.
            if (change.Status != ConnectorStatus.Faulted)
            {
                return false;
            }
        }
        else
        {
            var tile = TileFor(change.ChargePointId, change.ConnectorId);
            tile.Status = change.Status;
            tile.ErrorCode = change.ErrorCode;
            tile.VendorErrorCode = null;
            tile.Info = change.Info;
            tile.StatusSince = change.At;
            tile.Online = true;
        }

        if (!WallEvent.IsTickerStatus(change.Status))
        {
            return true;
        }

        AddEvent(new WallEvent(change.At, WallEventKind.StatusChanged, change.ChargePointId, change.ConnectorId, change.Status, change.ErrorCode));
        return true;
    }

    private bool SessionChanged(SessionChanged change)
    {
        var isNew = !_energy.TryGetValue(change.TransactionId, out var known);
        _energy[change.TransactionId] = new WallSessionEnergy(change.TransactionId, change.EnergyWh, known?.EnergyBeforeTodayWh ?? 0);

        var tile = TileFor(change.ChargePointId, change.ConnectorId);
        if (change.Status == SessionStatus.Active)
        {
            if (tile.TransactionId != change.TransactionId)
            {
                tile.StartSession(change.TransactionId, change.At);
            }

            tile.UpdateSession(change.EnergyWh, change.PowerW, change.SocPercent);
            if (isNew)
            {
                AddEvent(new WallEvent(change.At, WallEventKind.SessionStarted, change.ChargePointId, change.ConnectorId, IdTag: change.IdTag));
            }

            return true;
        }

        if (tile.TransactionId == change.TransactionId)
        {
            tile.EndSession();
        }

        if (change.Status == SessionStatus.Completed)
        {
            AddEvent(new WallEvent(change.At, WallEventKind.SessionCompleted, change.ChargePointId, change.ConnectorId, IdTag: change.IdTag, EnergyWh: change.EnergyWh));
        }

        return true;
    }

    /// <summary>A connector the wall has not seen yet (a new charge point) gets its tile in station order.</summary>
    private WallTileView TileFor(string chargePointId, int connectorId)
    {
        if (_byKey.TryGetValue((chargePointId, connectorId), out var tile))
        {
            return tile;
        }

        tile = new WallTileView(chargePointId, connectorId) { Online = true };
        var index = _tiles.BinarySearch(tile, Order);
        _tiles.Insert(index < 0 ? ~index : index, tile);
        _byKey[(chargePointId, connectorId)] = tile;
        return tile;
    }

    private void AddEvent(WallEvent wallEvent)
    {
        _events.Insert(0, wallEvent);
        if (_events.Count > TickerLength)
        {
            _events.RemoveAt(_events.Count - 1);
        }
    }
}
