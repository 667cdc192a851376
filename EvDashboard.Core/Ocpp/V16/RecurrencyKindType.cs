namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §7.37: Recurrence of a Recurring ChargingProfile.</summary>
/// <remarks>Member names are the wire values; <see cref="OcppJsonContext"/> writes them as strings.</remarks>
public enum RecurrencyKindType
{
    Daily,
    Weekly,
}
