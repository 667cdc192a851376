namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.47: the payload of StatusNotification.req.</summary>
public sealed record StatusNotificationRequest
{
    /// <summary>0 for the charge point main controller.</summary>
    public required int ConnectorId { get; init; }

    public required ChargePointErrorCode ErrorCode { get; init; }

    /// <summary>CiString50.</summary>
    public string? Info { get; init; }

    public required ChargePointStatus Status { get; init; }

    /// <summary>Absent means the time of receipt.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>CiString255.</summary>
    public string? VendorId { get; init; }

    /// <summary>CiString50.</summary>
    public string? VendorErrorCode { get; init; }
}
