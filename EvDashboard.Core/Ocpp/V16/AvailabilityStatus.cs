namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §7.3: Answer to ChangeAvailability.req.</summary>
/// <remarks>Member names are the wire values; <see cref="OcppJsonContext"/> writes them as strings.</remarks>
public enum AvailabilityStatus
{
    Accepted,
    Rejected,
    Scheduled,
}
