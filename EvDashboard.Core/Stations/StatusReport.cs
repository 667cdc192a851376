namespace EvDashboard.Core.Stations;

/// <summary>One StatusNotification as reported (OCPP 1.6 §6.47); Timestamp is the charger's, or the receive time when it sent none.</summary>
public sealed record StatusReport(
    int ConnectorId,
    ConnectorStatus Status,
    string ErrorCode,
    string? Info,
    string? VendorId,
    string? VendorErrorCode,
    DateTimeOffset Timestamp);
