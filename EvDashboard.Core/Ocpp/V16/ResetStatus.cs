namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §7.41: Answer to Reset.req.</summary>
/// <remarks>Member names are the wire values; <see cref="OcppJsonContext"/> writes them as strings.</remarks>
public enum ResetStatus
{
    Accepted,
    Rejected,
}
