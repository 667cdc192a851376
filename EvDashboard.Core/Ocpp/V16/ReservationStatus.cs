namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §7.40: Answer to ReserveNow.req.</summary>
/// <remarks>Member names are the wire values; <see cref="OcppJsonContext"/> writes them as strings.</remarks>
public enum ReservationStatus
{
    Accepted,
    Faulted,
    Occupied,
    Rejected,
    Unavailable,
}
