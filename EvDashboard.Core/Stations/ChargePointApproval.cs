namespace EvDashboard.Core.Stations;

/// <summary>Whether a charge point may take part: what BootNotification answers (OCPP 1.6 §4.2, RegistrationStatus).</summary>
public enum ChargePointApproval
{
    /// <summary>Registered by an operator, or approved: BootNotification is Accepted.</summary>
    Approved,

    /// <summary>Connected on its own under policy PendingApproval: BootNotification is Pending until an operator approves.</summary>
    Pending,

    /// <summary>Rejected by an operator: its handshake is refused (403).</summary>
    Rejected,
}
