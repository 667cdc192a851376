namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §7.32: Message requested by TriggerMessage.req.</summary>
/// <remarks>Member names are the wire values; <see cref="OcppJsonContext"/> writes them as strings.</remarks>
public enum MessageTrigger
{
    BootNotification,
    DiagnosticsStatusNotification,
    FirmwareStatusNotification,
    Heartbeat,
    MeterValues,
    StatusNotification,
}
