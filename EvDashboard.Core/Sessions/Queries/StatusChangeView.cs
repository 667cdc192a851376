using EvDashboard.Core.Stations;

namespace EvDashboard.Core.Sessions.Queries;

/// <summary>One StatusNotification of the session's connector; <see cref="Timestamp"/> is the charger's clock.</summary>
public sealed record StatusChangeView(
    DateTimeOffset Timestamp,
    ConnectorStatus Status,
    string ErrorCode,
    string? Info,
    string? VendorId,
    string? VendorErrorCode,
    DateTimeOffset ReceivedAt);
