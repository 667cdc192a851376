namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.17: the payload of DiagnosticsStatusNotification.req.</summary>
public sealed record DiagnosticsStatusNotificationRequest
{
    public required DiagnosticsStatus Status { get; init; }
}
