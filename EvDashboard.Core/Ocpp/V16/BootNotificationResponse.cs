namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.4: the payload of BootNotification.conf.</summary>
public sealed record BootNotificationResponse
{
    public required RegistrationStatus Status { get; init; }

    public required DateTimeOffset CurrentTime { get; init; }

    /// <summary>Heartbeat interval in seconds when Accepted; otherwise the minimum wait before the next BootNotification.</summary>
    public required int Interval { get; init; }
}
