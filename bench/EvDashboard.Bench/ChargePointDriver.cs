using System.Diagnostics;
using System.Net.WebSockets;

namespace EvDashboard.Bench;

/// <summary>
/// The life of one simulated charge point on its own task: connect (bounded by the shared gate), boot, report
/// Available, prepare, wait at the start line, run the scenario's loop, finish and close. Failures end only
/// this charge point and are counted by kind.
/// </summary>
internal sealed class ChargePointDriver(BenchOptions options, ChargePointProfile profile, SemaphoreSlim connectGate, StartLine startLine)
{
    public async Task RunAsync(int index, ChargePointStats stats, CancellationToken stopToken, CancellationToken abortToken)
    {
        var id = options.ChargePointId(index);
        using var connection = new OcppConnection(stats, options.CallTimeout);
        var chargePoint = new ChargePoint(id, connection, stats, profile);
        bool ready;
        try
        {
            ready = await GuardAsync(chargePoint, () => ConnectAndPrepareAsync(chargePoint, connection, abortToken));
        }
        finally
        {
            startLine.Arrive();
        }

        if (!ready)
            return;
        await startLine.Go;
        chargePoint.PaceWith(CreatePacer(index, stopToken));
        await GuardAsync(chargePoint, async () =>
        {
            await options.Scenario.RunAsync(chargePoint, stopToken);
            chargePoint.PaceWith(null);
            await options.Scenario.FinishAsync(chargePoint, abortToken);
            await connection.CloseAsync(abortToken);
        });
    }

    private async Task ConnectAndPrepareAsync(ChargePoint chargePoint, OcppConnection connection, CancellationToken abortToken)
    {
        await connectGate.WaitAsync(abortToken);
        try
        {
            await connection.ConnectAsync(options.ChargePointUrl(chargePoint.Id), abortToken);
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
