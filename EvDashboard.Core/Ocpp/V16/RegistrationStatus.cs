namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §7.38: Result of registration in BootNotification.conf.</summary>
/// <remarks>Member names are the wire values; <see cref="OcppJsonContext"/> writes them as strings.</remarks>
public enum RegistrationStatus
{
    Accepted,
    Pending,
    Rejected,
}
