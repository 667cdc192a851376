namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §7.22: Answer to ChangeConfiguration.req.</summary>
/// <remarks>Member names are the wire values; <see cref="OcppJsonContext"/> writes them as strings.</remarks>
public enum ConfigurationStatus
{
    Accepted,
    Rejected,
    RebootRequired,
    NotSupported,
}
