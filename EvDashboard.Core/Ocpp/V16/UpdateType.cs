namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §7.48: Kind of Local Authorization List update in SendLocalList.req.</summary>
/// <remarks>Member names are the wire values; <see cref="OcppJsonContext"/> writes them as strings.</remarks>
public enum UpdateType
{
    Differential,
    Full,
}
