namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §7.42: Kind of reset requested by Reset.req.</summary>
/// <remarks>Member names are the wire values; <see cref="OcppJsonContext"/> writes them as strings.</remarks>
public enum ResetType
{
    Hard,
    Soft,
}
