namespace EvDashboard.Core.Ocpp;

public enum UnknownChargePointPolicy
{
    /// <summary>Refuse the WebSocket handshake (HTTP 404) of a charge point that is not in the database.</summary>
    Reject,

    /// <summary>Create the charge point on its first connection and flag it as new for an operator to review.</summary>
    Accept,

    /// <summary>
    /// Create it flagged pending: it connects, BootNotification answers Pending (OCPP 1.6 §4.2.1) and nothing else is
    /// processed until an operator approves it; a rejected one is refused at its next handshake.
    /// </summary>
    PendingApproval,
}
