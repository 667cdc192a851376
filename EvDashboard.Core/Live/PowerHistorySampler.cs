using EvDashboard.Core.Data;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Live;

/// <summary>Backfills <see cref="PowerHistory"/> at start, then refreshes it every <see cref="Interval"/>.</summary>
internal sealed class PowerHistorySampler(PowerHistory history, FirstPassDelay firstPass, TimeProvider time, ILogger<PowerHistorySampler> logger) : BackgroundService
{
    /// <summary>Well inside a 5-minute bucket, and a tick reads only the rows added since the previous one.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await firstPass.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            do
            {
                try
                {
                    await history.RefreshAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    PowerHistoryLog.RefreshFailed(logger, ex);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown.
        }
    }
}
