namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.19: the payload of FirmwareStatusNotification.req.</summary>
public sealed record FirmwareStatusNotificationRequest
{
    public required FirmwareStatus Status { get; init; }
}
