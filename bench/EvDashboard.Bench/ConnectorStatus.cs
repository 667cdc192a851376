namespace EvDashboard.Bench;

/// <summary>The OCPP 1.6 ChargePointStatus values the bench reports.</summary>
internal enum ConnectorStatus
{
    Available,
    Preparing,
    Charging,
    Finishing,
    Unavailable,
}
