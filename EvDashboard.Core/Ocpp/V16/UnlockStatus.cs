namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §7.46: Answer to UnlockConnector.req.</summary>
/// <remarks>Member names are the wire values; <see cref="OcppJsonContext"/> writes them as strings.</remarks>
public enum UnlockStatus
{
    Unlocked,
    UnlockFailed,
    NotSupported,
}
