using System.ComponentModel.DataAnnotations;

namespace EvDashboard.Core.Ocpp;

/// <summary>The OCPP central system's settings (section "Ocpp" of appsettings.json).</summary>
public sealed class OcppOptions
{
    public const string Section = "Ocpp";

    [EnumDataType(typeof(UnknownChargePointPolicy), ErrorMessage = "Ocpp:UnknownChargePoints must be Reject, Accept or PendingApproval.")]
    public UnknownChargePointPolicy UnknownChargePoints { get; set; } = UnknownChargePointPolicy.Reject;

    /// <summary>The interval BootNotification hands out (OCPP 1.6 §6.3).</summary>
    [Range(10, 86_400, ErrorMessage = "Ocpp:HeartbeatIntervalSeconds must be between 10 and 86400.")]
    public int HeartbeatIntervalSeconds { get; set; } = 300;

    /// <summary>
    /// The interval a Pending or Rejected BootNotification hands out: when the charge point should boot again
    /// (OCPP 1.6 §4.2.1), so an approved charger is accepted within this time even if a TriggerMessage is lost.
    /// </summary>
    [Range(10, 86_400, ErrorMessage = "Ocpp:PendingBootIntervalSeconds must be between 10 and 86400.")]
    public int PendingBootIntervalSeconds { get; set; } = 60;

    /// <summary>A frame larger than this closes the socket with 1009 (message too big).</summary>
    [Range(1024, 16 * 1024 * 1024, ErrorMessage = "Ocpp:MaxMessageBytes must be between 1024 and 16777216.")]
    public int MaxMessageBytes { get; set; } = 64 * 1024;

    /// <summary>How long a server-initiated call waits for the charger's answer.</summary>
    [Range(1, 600, ErrorMessage = "Ocpp:CallTimeoutSeconds must be between 1 and 600.")]
    public int CallTimeoutSeconds { get; set; } = 30;

    /// <summary>WebSocket ping interval; 0 turns keep-alive pings off.</summary>
    [Range(0, 3600, ErrorMessage = "Ocpp:KeepAliveIntervalSeconds must be between 0 and 3600.")]
    public int KeepAliveIntervalSeconds { get; set; } = 30;

    /// <summary>A connection whose ping gets no pong within this time is closed; 0 waits for ever.</summary>
    [Range(0, 3600, ErrorMessage = "Ocpp:KeepAliveTimeoutSeconds must be between 0 and 3600.")]
    public int KeepAliveTimeoutSeconds { get; set; } = 60;

    /// <summary>How often the in-memory last-seen times are written to the database.</summary>
    [Range(1, 3600, ErrorMessage = "Ocpp:LastSeenFlushSeconds must be between 1 and 3600.")]
    public int LastSeenFlushSeconds { get; set; } = 15;

    /// <summary>How many outbound frames may wait for the writer of one connection before senders wait.</summary>
    [Range(1, 10_000, ErrorMessage = "Ocpp:SendQueueCapacity must be between 1 and 10000.")]
    public int SendQueueCapacity { get; set; } = 64;
}
