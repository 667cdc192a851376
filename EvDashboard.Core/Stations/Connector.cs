namespace EvDashboard.Core.Stations;

/// <summary>The current state of one connector (connector 0 is the charge point as a whole).</summary>
public sealed class Connector
{
    private Connector()
    {
        ChargePointId = string.Empty;
        ErrorCode = string.Empty;
    }

    public Connector(string chargePointId, int connectorId)
    {
        ChargePointId = chargePointId;
        ConnectorId = connectorId;
        Status = ConnectorStatus.Unavailable;
        ErrorCode = "NoError";
    }

    /// <summary>A connector as stored (the status hot path reads its row without EF Core; see <see cref="ConnectorStatusStore"/>).</summary>
    internal static Connector Restore(
        string chargePointId, int connectorId, ConnectorStatus status, string errorCode, string? info, string? vendorId,
        string? vendorErrorCode, DateTimeOffset? statusSince) =>
        new()
        {
            ChargePointId = chargePointId,
            ConnectorId = connectorId,
            Status = status,
            ErrorCode = errorCode,
            Info = info,
            VendorId = vendorId,
            VendorErrorCode = vendorErrorCode,
            StatusSince = statusSince,
        };

    public string ChargePointId { get; private set; }

    public int ConnectorId { get; private set; }

    public ConnectorStatus Status { get; private set; }

    public string ErrorCode { get; private set; }

    public string? Info { get; private set; }

    public string? VendorId { get; private set; }

    public string? VendorErrorCode { get; private set; }

    /// <summary>When the current status began, by the charger's clock; null until the first report.</summary>
    public DateTimeOffset? StatusSince { get; private set; }

    /// <summary>
    /// Takes a report as the current state unless an earlier-stamped report arrives late
    /// (offline-buffered): then it only goes into the history. Returns whether the state changed.
    /// </summary>
    public bool Apply(StatusReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (StatusSince is { } since && report.Timestamp < since)
        {
            return false;
        }

        Status = report.Status;
        ErrorCode = report.ErrorCode;
        Info = report.Info;
        VendorId = report.VendorId;
        VendorErrorCode = report.VendorErrorCode;
        StatusSince = report.Timestamp;
        return true;
    }
}
