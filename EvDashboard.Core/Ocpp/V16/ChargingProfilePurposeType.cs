namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §7.10: Purpose of a ChargingProfile.</summary>
/// <remarks>Member names are the wire values; <see cref="OcppJsonContext"/> writes them as strings.</remarks>
public enum ChargingProfilePurposeType
{
    ChargePointMaxProfile,
    TxDefaultProfile,
    TxProfile,
}
