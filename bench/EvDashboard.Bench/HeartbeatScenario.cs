namespace EvDashboard.Bench;

/// <summary>Heartbeat after Heartbeat: the cheapest CALL, so it measures framing and dispatch overhead.</summary>
internal sealed class HeartbeatScenario : IBenchScenario
{
    public string Name => "heartbeat";

    public Task PrepareAsync(ChargePoint chargePoint, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task RunAsync(ChargePoint chargePoint, CancellationToken stopToken)
    {
        while (!stopToken.IsCancellationRequested)
            await chargePoint.HeartbeatAsync();
    }

    public Task FinishAsync(ChargePoint chargePoint, CancellationToken cancellationToken) => Task.CompletedTask;
}
