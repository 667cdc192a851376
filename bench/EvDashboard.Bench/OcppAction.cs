namespace EvDashboard.Bench;

/// <summary>The OCPP 1.6 actions a simulated charge point sends; the value indexes per-action statistics.</summary>
internal enum OcppAction
{
    BootNotification,
    StatusNotification,
    Heartbeat,
    Authorize,
    StartTransaction,
    MeterValues,
    StopTransaction,
}
