namespace EvDashboard.Core.Stations.Queries;

/// <summary>One connector as the wall display shows it: its state, its charge point's presence, and the session on it.</summary>
public sealed record WallConnector(
    string ChargePointId,
    string? ChargePointName,
    int ConnectorId,
    ConnectorStatus Status,
    string ErrorCode,
    string? VendorErrorCode,
    string? Info,
    DateTimeOffset? StatusSince,
    bool Online,
    DateTimeOffset? LastSeenAt,
    WallSession? Session);
