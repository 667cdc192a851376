namespace EvDashboard.Hubs;

/// <summary>
/// A StatusNotification, stored. <see cref="Status"/> and <see cref="ErrorCode"/> are OCPP 1.6's own words
/// (§7.7 ChargePointStatus, §7.6 ChargePointErrorCode); connector 0 means the whole charge point.
/// </summary>
public sealed record ConnectorStatusMessage(string ChargePointId, int ConnectorId, string Status, string ErrorCode, string? Info, DateTimeOffset At);
