namespace EvDashboard.Core.Stations;

/// <summary>The connector states of OCPP 1.6 (§7.7 ChargePointStatus), kept under the spec's names.</summary>
public enum ConnectorStatus
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
