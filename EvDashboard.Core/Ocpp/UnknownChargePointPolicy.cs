namespace EvDashboard.Core.Ocpp;

public enum UnknownChargePointPolicy
{
    /// <summary>Refuse the WebSocket handshake (HTTP 404) of a charge point that is not in the database.</summary>
    Reject,

    /// <summary>Create the charge point on its first connection and flag it as new for an operator to review.</summary>
    Accept,
}
