namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §7.7: Connector (or, for connector 0, charge point) status in StatusNotification.req.</summary>
/// <remarks>Member names are the wire values; <see cref="OcppJsonContext"/> writes them as strings.</remarks>
public enum ChargePointStatus
{
    Available,
    Preparing,
    Charging,
    SuspendedEVSE,
    SuspendedEV,
    Finishing,
    Reserved,
    Unavailable,
    Faulted,
}
