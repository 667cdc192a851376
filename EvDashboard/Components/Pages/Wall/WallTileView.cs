using EvDashboard.Core.Stations;
using EvDashboard.Core.Stations.Queries;
using EvDashboard.Core.Tariffs.Pricing;

namespace EvDashboard.Components.Pages.Wall;

/// <summary>One connector tile's live state; the board updates it in place as events arrive.</summary>
public sealed class WallTileView(string chargePointId, int connectorId)
{
    public string ChargePointId { get; } = chargePointId;

    public int ConnectorId { get; } = connectorId;

    public string? Name { get; set; }

    public string Label => string.IsNullOrWhiteSpace(Name) ? ChargePointId : Name;

    public ConnectorStatus Status { get; set; } = ConnectorStatus.Unavailable;

    public string ErrorCode { get; set; } = "NoError";

    public string? VendorErrorCode { get; set; }

    public string? Info { get; set; }

    public DateTimeOffset? StatusSince { get; set; }

    public bool Online { get; set; }

    public DateTimeOffset? LastSeenAt { get; set; }

    public int? TransactionId { get; set; }

    public DateTimeOffset? SessionStartedAt { get; set; }

    public long? EnergyWh { get; set; }

    public long? PowerW { get; set; }

    public int? SocPercent { get; set; }

    /// <summary>The running cost of the session; null while unpriced or not read yet.</summary>
    public SessionCost? Cost { get; set; }

    /// <summary>A car is there: plugged in (Preparing … Finishing) or a session is open.</summary>
    public bool IsOccupied => TransactionId is not null
        || (Online && Status is ConnectorStatus.Preparing or ConnectorStatus.Charging or ConnectorStatus.SuspendedEV
            or ConnectorStatus.SuspendedEVSE or ConnectorStatus.Finishing);

    public static WallTileView From(WallConnector connector)
    {
        ArgumentNullException.ThrowIfNull(connector);
        var tile = new WallTileView(connector.ChargePointId, connector.ConnectorId)
        {
            Name = connector.ChargePointName,
            Status = connector.Status,
            ErrorCode = connector.ErrorCode,
            VendorErrorCode = connector.VendorErrorCode,
            Info = connector.Info,
            StatusSince = connector.StatusSince,
            Online = connector.Online,
            LastSeenAt = connector.LastSeenAt,
        };
        if (connector.Session is { } session)
        {
            tile.StartSession(session.TransactionId, session.StartedAt);
            tile.UpdateSession(session.EnergyWh, session.PowerW, session.SocPercent);
        }

        return tile;
    }

    public void StartSession(int transactionId, DateTimeOffset startedAt)
    {
        TransactionId = transactionId;
        SessionStartedAt = startedAt;
        EnergyWh = PowerW = null;
        SocPercent = null;
        Cost = null;
    }

    public void UpdateSession(long energyWh, long? powerW, int? socPercent)
    {
        EnergyWh = energyWh;
        PowerW = powerW;
        SocPercent = socPercent ?? SocPercent;
    }

    public void EndSession()
    {
        TransactionId = null;
        SessionStartedAt = null;
        EnergyWh = PowerW = null;
        SocPercent = null;
        Cost = null;
    }
}
