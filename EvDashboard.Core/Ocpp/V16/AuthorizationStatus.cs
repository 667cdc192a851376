namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §7.2: Status of an idTag in IdTagInfo.</summary>
/// <remarks>Member names are the wire values; <see cref="OcppJsonContext"/> writes them as strings.</remarks>
public enum AuthorizationStatus
{
    Accepted,
    Blocked,
    Expired,
    Invalid,
    ConcurrentTx,
}
