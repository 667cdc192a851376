namespace EvDashboard.Bench;

/// <summary>The OCPP 1.6 ChargePointStatus values the bench reports for connector 1.</summary>
internal enum ConnectorStatus
{
    Available,
    Preparing,
    Charging,
    Finishing,
}
