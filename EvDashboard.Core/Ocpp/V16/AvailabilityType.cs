namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §7.4: Requested availability in ChangeAvailability.req.</summary>
/// <remarks>Member names are the wire values; <see cref="OcppJsonContext"/> writes them as strings.</remarks>
public enum AvailabilityType
{
    Inoperative,
    Operative,
}
