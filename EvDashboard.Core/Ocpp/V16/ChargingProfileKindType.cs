namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §7.9: Kind of schedule in a ChargingProfile.</summary>
/// <remarks>Member names are the wire values; <see cref="OcppJsonContext"/> writes them as strings.</remarks>
public enum ChargingProfileKindType
{
    Absolute,
    Recurring,
    Relative,
}
