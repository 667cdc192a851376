namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §7.44: Answer to TriggerMessage.req.</summary>
/// <remarks>Member names are the wire values; <see cref="OcppJsonContext"/> writes them as strings.</remarks>
public enum TriggerMessageStatus
{
    Accepted,
    Rejected,
    NotImplemented,
}
