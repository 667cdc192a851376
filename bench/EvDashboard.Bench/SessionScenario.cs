namespace EvDashboard.Bench;

/// <summary>
/// Whole charging sessions back to back: Authorize, StartTransaction, Charging, five MeterValues,
/// StopTransaction, Available. A session that has begun is always completed, even after the stop signal.
/// </summary>
internal sealed class SessionScenario : IBenchScenario
{
    private const int MeterValuesPerSession = 5;

    public string Name => "session";

    public Task PrepareAsync(ChargePoint chargePoint, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task RunAsync(ChargePoint chargePoint, CancellationToken stopToken)
    {
        while (!stopToken.IsCancellationRequested)
        {
            await chargePoint.AuthorizeAsync();
            await chargePoint.StartTransactionAsync();
            await chargePoint.StatusNotificationAsync(ConnectorStatus.Charging);
            for (var i = 0; i < MeterValuesPerSession; i++)
                await chargePoint.MeterValuesAsync();
            await chargePoint.StopTransactionAsync();
            await chargePoint.StatusNotificationAsync(ConnectorStatus.Available);
        }
    }

    public Task FinishAsync(ChargePoint chargePoint, CancellationToken cancellationToken) => Task.CompletedTask;
}
