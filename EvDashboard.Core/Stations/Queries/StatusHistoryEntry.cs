namespace EvDashboard.Core.Stations.Queries;

/// <summary>One StatusNotification of a charge point; <see cref="Timestamp"/> is the charger's clock.</summary>
public sealed record StatusHistoryEntry(
    long Id,
    int ConnectorId,
    ConnectorStatus Status,
    string ErrorCode,
    string? Info,
    string? VendorErrorCode,
    DateTimeOffset Timestamp,
    DateTimeOffset ReceivedAt)
{
    public string? Problem => ErrorCode is "NoError" or "" ? null : ErrorCode;
}
