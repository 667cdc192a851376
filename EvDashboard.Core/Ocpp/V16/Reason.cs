namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §7.36: Why a transaction stopped, in StopTransaction.req.</summary>
/// <remarks>Member names are the wire values; <see cref="OcppJsonContext"/> writes them as strings.</remarks>
public enum Reason
{
    DeAuthorized,
    EmergencyStop,
    EVDisconnected,
    HardReset,
    Local,
    Other,
    PowerLoss,
    Reboot,
    Remote,
    SoftReset,
    UnlockCommand,
}
