namespace EvDashboard.Bench;

/// <summary>
/// SteVe's stress mix (P5), one iteration: BootNotification, 26 StatusNotifications, Authorize,
/// StartTransaction, StatusNotification(Charging), MeterValues, StopTransaction, StatusNotification(Available):
/// 33 CALLs. Run it as fixed work with <c>--iterations</c> (SteVe: 50 charge points x 50 iterations).
/// </summary>
internal sealed class SteveScenario : IBenchScenario
{
    private const int StatusNotifications = 26;

    public string Name => "steve";

    public Task PrepareAsync(ChargePoint chargePoint, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task RunAsync(ChargePoint chargePoint, CancellationToken stopToken)
    {
        while (!stopToken.IsCancellationRequested)
            await RunOnceAsync(chargePoint);
    }

    public async Task RunOnceAsync(ChargePoint chargePoint)
    {
        await chargePoint.BootAsync();
        // Connectors 2 and 3 go out of service and back, so every notification is a real change to store.
        for (var i = 0; i < StatusNotifications; i++)
        {
            var status = i / 2 % 2 == 0 ? ConnectorStatus.Unavailable : ConnectorStatus.Available;
            await chargePoint.StatusNotificationAsync(status, connectorId: 2 + (i % 2));
        }

        await chargePoint.AuthorizeAsync();
        await chargePoint.StartTransactionAsync();
        await chargePoint.StatusNotificationAsync(ConnectorStatus.Charging);
        await chargePoint.MeterValuesAsync();
        await chargePoint.StopTransactionAsync();
        await chargePoint.StatusNotificationAsync(ConnectorStatus.Available);
    }

    public Task FinishAsync(ChargePoint chargePoint, CancellationToken cancellationToken) => Task.CompletedTask;
}
