namespace EvDashboard.Core.Stations;

/// <summary>One entry of a connector's status history: every StatusNotification is kept.</summary>
public sealed class ConnectorStatusChange
{
    private ConnectorStatusChange()
    {
        ChargePointId = string.Empty;
        ErrorCode = string.Empty;
    }

    public ConnectorStatusChange(string chargePointId, StatusReport report, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(report);
        ChargePointId = chargePointId;
        ConnectorId = report.ConnectorId;
        Status = report.Status;
        ErrorCode = report.ErrorCode;
        Info = report.Info;
        VendorId = report.VendorId;
        VendorErrorCode = report.VendorErrorCode;
        Timestamp = report.Timestamp;
        ReceivedAt = receivedAt;
    }

    public long Id { get; private set; }

    public string ChargePointId { get; private set; }

    public int ConnectorId { get; private set; }

    public ConnectorStatus Status { get; private set; }

    public string ErrorCode { get; private set; }

    public string? Info { get; private set; }

    public string? VendorId { get; private set; }

    public string? VendorErrorCode { get; private set; }

    public DateTimeOffset Timestamp { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }
}
