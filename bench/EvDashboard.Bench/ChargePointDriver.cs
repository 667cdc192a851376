using System.Diagnostics;
using System.Net.WebSockets;

namespace EvDashboard.Bench;

/// <summary>
/// The life of one simulated charge point on its own task: wait for its connection slot (a storm spreads them),
/// connect (bounded by the shared gate), boot, report Available, prepare, wait at the start line, run the
/// scenario's loop, finish and close. Failures end only this charge point and are counted by kind.
/// </summary>
internal sealed class ChargePointDriver(
    BenchOptions options,
    ChargePointProfile profile,
    SemaphoreSlim connectGate,
    SourceAddressInvokers invokers,
    StartLine startLine,
    StartLine finishLine,
    long origin)
{
    public async Task RunAsync(int index, ChargePointStats stats, CancellationToken stopToken, CancellationToken abortToken)
    {
        var id = options.ChargePointId(index);
        using var connection = new OcppConnection(stats, options.CallTimeout);
        var chargePoint = new ChargePoint(id, index, connection, stats, profile);
        bool ready;
        try
        {
            await WaitForConnectSlotAsync(index, abortToken);
            var connecting = Stopwatch.GetTimestamp();
            ready = await GuardAsync(chargePoint, () => ConnectAndPrepareAsync(chargePoint, connection, index, abortToken));
            if (ready)
                stats.RecordReady(connecting, Stopwatch.GetTimestamp());
        }
        finally
        {
            startLine.Arrive();
        }

        if (!ready)
        {
            finishLine.Arrive();
            return;
        }

        await startLine.Go;
        chargePoint.PaceWith(CreatePacer(index, stopToken));
        await GuardAsync(chargePoint, async () =>
        {
            try
            {
                await RunLoopAsync(chargePoint, stopToken);
            }
            finally
            {
                finishLine.Arrive();
            }

            chargePoint.PaceWith(null);
            await options.Scenario.FinishAsync(chargePoint, abortToken);
            await connection.CloseAsync(abortToken);
        });
    }

    private async Task RunLoopAsync(ChargePoint chargePoint, CancellationToken stopToken)
    {
        if (options.Iterations == 0)
        {
            await options.Scenario.RunAsync(chargePoint, stopToken);
            return;
        }

        for (var i = 0; i < options.Iterations && !stopToken.IsCancellationRequested; i++)
            await options.Scenario.RunOnceAsync(chargePoint);
    }

    // A storm: charge point i connects i/N of the spread after the first, like chargers coming back after an outage.
    private async Task WaitForConnectSlotAsync(int index, CancellationToken abortToken)
    {
        if (options.ConnectSpread <= TimeSpan.Zero)
            return;
        var slot = origin + (long)(options.ConnectSpread.TotalSeconds * Stopwatch.Frequency * (index - 1) / options.ChargePoints);
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), slot);
        if (wait > TimeSpan.Zero)
            await Task.Delay(wait, abortToken);
    }

    private async Task ConnectAndPrepareAsync(ChargePoint chargePoint, OcppConnection connection, int index, CancellationToken abortToken)
    {
        await connectGate.WaitAsync(abortToken);
        try
        {
            await connection.ConnectAsync(options.ChargePointUrl(chargePoint.Id), invokers.For(index), abortToken);
        }
        finally
        {
            connectGate.Release();
        }

        chargePoint.Stats.RecordConnected();
        await chargePoint.BootAsync();
        await chargePoint.StatusNotificationAsync(ConnectorStatus.Available);
        await options.Scenario.PrepareAsync(chargePoint, abortToken);
    }

    // Charge point i starts i/N of an interval late, so the paced calls are spread evenly, not in bursts.
    private Pacer? CreatePacer(int index, CancellationToken stopToken)
    {
        if (options.Rate <= 0)
            return null;
        var interval = options.ChargePoints / options.Rate * Stopwatch.Frequency;
        var firstSlot = startLine.GoTimestamp + (long)(interval * (index - 1) / options.ChargePoints);
        return new Pacer(firstSlot, (long)interval, stopToken);
    }

    private static async Task<bool> GuardAsync(ChargePoint chargePoint, Func<Task> work)
    {
        var stats = chargePoint.Stats;
        try
        {
            await work();
            return true;
        }
        catch (TimeoutException ex)
        {
            stats.RecordTimeout($"{chargePoint.Id}: {ex.Message}");
        }
        catch (BenchProtocolException ex)
        {
            stats.RecordProtocolError(ex.Message);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException or HttpRequestException)
        {
            stats.RecordConnectionFailure($"{chargePoint.Id}: {Describe(ex)}");
        }

        return false;
    }

    private static string Describe(Exception ex) =>
        ex.InnerException is null ? ex.Message : $"{ex.Message} ({Describe(ex.InnerException)})";
}
