namespace EvDashboard.Bench;

/// <summary>
/// A reconnect storm (P4): every charge point reconnects, sends BootNotification and three StatusNotifications
/// (connectors 1, 0 and 2), and every tenth then starts a transaction, as chargers do when they come back after a
/// central-system outage with a driver waiting. Spread the connections with <c>--connect-spread</c>.
/// </summary>
internal sealed class StormScenario : IBenchScenario
{
    private const int StartEvery = 10;

    public string Name => "storm";

    public bool MeasuresConnect => true;

    // The driver has already sent BootNotification and StatusNotification(Available) for connector 1.
    public async Task PrepareAsync(ChargePoint chargePoint, CancellationToken cancellationToken)
    {
        await chargePoint.StatusNotificationAsync(ConnectorStatus.Available, connectorId: 0);
        await chargePoint.StatusNotificationAsync(ConnectorStatus.Available, connectorId: 2);
        if (chargePoint.Index % StartEvery == 0)
            await chargePoint.StartTransactionAsync();
    }

    public Task RunAsync(ChargePoint chargePoint, CancellationToken stopToken) => Task.CompletedTask;

    public async Task FinishAsync(ChargePoint chargePoint, CancellationToken cancellationToken)
    {
        if (chargePoint.HasTransaction)
            await chargePoint.StopTransactionAsync();
    }
}
