namespace EvDashboard.Core.Stations.Queries;

/// <summary>A connector's current state as last reported by StatusNotification (OCPP 1.6 §6.47).</summary>
public sealed record ConnectorView(
    int ConnectorId,
    ConnectorStatus Status,
    string ErrorCode,
    string? Info,
    string? VendorId,
    string? VendorErrorCode,
    DateTimeOffset? StatusSince);
