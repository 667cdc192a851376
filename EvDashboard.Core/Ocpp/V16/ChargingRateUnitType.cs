namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §7.12: Unit of a charging schedule's limits: W (total power) or A (current per phase).</summary>
/// <remarks>Member names are the wire values; <see cref="OcppJsonContext"/> writes them as strings.</remarks>
public enum ChargingRateUnitType
{
    W,
    A,
}
