namespace EvDashboard.Bench;

/// <summary>One long transaction per charge point, MeterValues after MeterValues: measures durable sample writes.</summary>
internal sealed class MeterValuesScenario : IBenchScenario
{
    public string Name => "metervalues";

    public async Task PrepareAsync(ChargePoint chargePoint, CancellationToken cancellationToken) =>
        await chargePoint.StartTransactionAsync();

    public async Task RunAsync(ChargePoint chargePoint, CancellationToken stopToken)
    {
        while (!stopToken.IsCancellationRequested)
            await chargePoint.MeterValuesAsync();
    }

    public async Task FinishAsync(ChargePoint chargePoint, CancellationToken cancellationToken)
    {
        if (chargePoint.HasTransaction)
            await chargePoint.StopTransactionAsync();
    }
}
