using EvDashboard.Core.Live;
using EvDashboard.Core.Sessions;

namespace EvDashboard.Core.Stations.Queries;

/// <summary>
/// A charge point's live state on a page: loaded from the database, then kept current by applying live
/// events. Used on the renderer's thread only; <see cref="Version"/> changes whenever something shown changed.
/// </summary>
public sealed class StationState(string id)
{
    private readonly List<ConnectorState> _connectors = [];

    public string Id { get; } = id;

    public string? Name { get; internal set; }

    public string? Vendor { get; internal set; }

    public string? Model { get; internal set; }

    public string? FirmwareVersion { get; internal set; }

    public bool Online { get; internal set; }

    public DateTimeOffset? LastSeenAt { get; internal set; }

    /// <summary>What StatusNotification for connector 0 (the charge point as a whole) last said; null when never reported.</summary>
    public ConnectorStatus? ChargePointStatus { get; internal set; }

    public string? ChargePointErrorCode { get; internal set; }

    /// <summary>Connectors 1..n in order (connector 0 is <see cref="ChargePointStatus"/>).</summary>
    public IReadOnlyList<ConnectorState> Connectors => _connectors;

    public int Version { get; private set; }

    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? Id : Name;

    public IEnumerable<RunningSession> Sessions => _connectors.Where(c => c.Session is not null).Select(c => c.Session!);

    /// <summary>The connector with that id, added in order when it is new.</summary>
    public ConnectorState Connector(int connectorId)
    {
        var index = _connectors.FindIndex(c => c.ConnectorId >= connectorId);
        if (index >= 0 && _connectors[index].ConnectorId == connectorId)
        {
            return _connectors[index];
        }

        var connector = new ConnectorState(connectorId);
        _connectors.Insert(index < 0 ? _connectors.Count : index, connector);
        return connector;
    }

    /// <summary>Applies an event of this charge point; true when something shown changed.</summary>
    public bool Apply(LiveEvent liveEvent)
    {
        ArgumentNullException.ThrowIfNull(liveEvent);
        var changed = liveEvent switch
        {
            ChargePointConnectionChanged c => SetOnline(c.IsOnline, c.At),
            ChargePointBooted b => Boot(b),
            ConnectorStatusChanged s => ApplyStatus(s),
            SessionChanged s => ApplySession(s),
            _ => false,
        };
        if (changed)
        {
            Version++;
        }

        return changed;
    }

    /// <summary>Takes presence (kept in memory, newer than the database); true when online/offline changed.</summary>
    public bool SeePresence(bool online, DateTimeOffset? lastSeen)
    {
        if (lastSeen > LastSeenAt || LastSeenAt is null)
        {
            LastSeenAt = lastSeen;
        }

        if (online == Online)
        {
            return false;
        }

        Online = online;
        Version++;
        return true;
    }

    private bool SetOnline(bool online, DateTimeOffset at)
    {
        LastSeenAt = LastSeenAt > at ? LastSeenAt : at;
        var changed = Online != online;
        Online = online;
        return changed;
    }

    private bool Boot(ChargePointBooted boot)
    {
        Vendor = boot.Vendor;
        Model = boot.Model;
        FirmwareVersion = boot.FirmwareVersion;
        return true;
    }

    private bool ApplyStatus(ConnectorStatusChanged change)
    {
        if (change.ConnectorId == 0)
        {
            ChargePointStatus = change.Status;
            ChargePointErrorCode = change.ErrorCode;
            return true;
        }

        var connector = Connector(change.ConnectorId);
        connector.Status = change.Status;
        connector.ErrorCode = change.ErrorCode;
        connector.Info = change.Info;
        connector.StatusSince = change.At;
        return true;
    }

    private bool ApplySession(SessionChanged change)
    {
        var connector = Connector(change.ConnectorId);
        var current = connector.Session;
        if (change.Status == SessionStatus.Active)
        {
            // A session started while the page was open has no stored start time here; the first event's time is close.
            var startedAt = current?.TransactionId == change.TransactionId ? current.StartedAt : change.At;
            connector.Session = new RunningSession(change.TransactionId, change.IdTag, startedAt, change.EnergyWh, change.PowerW, change.SocPercent);
            return true;
        }

        if (current?.TransactionId != change.TransactionId)
        {
            return false;
        }

        connector.Session = null;
        return true;
    }
}
