namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §7.39: Answer to RemoteStartTransaction.req and RemoteStopTransaction.req.</summary>
/// <remarks>Member names are the wire values; <see cref="OcppJsonContext"/> writes them as strings.</remarks>
public enum RemoteStartStopStatus
{
    Accepted,
    Rejected,
}
