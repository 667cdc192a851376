using EvDashboard.Core.Data;
using EvDashboard.Core.Live;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Alerts.Engine;

/// <summary>
/// Runs an evaluation pass every Alerts:EvaluateSeconds, and soon after a live event that can change a condition
/// (a status, a connection, a session), coalescing a burst into one pass. A failed pass is logged and retried next time.
/// </summary>
internal sealed class AlertWorker(AlertEvaluator evaluator, LiveFeed feed, FirstPassDelay firstPass, IOptions<AlertOptions> options, TimeProvider time, ILogger<AlertWorker> logger)
    : BackgroundService
{
    /// <summary>How long a live event waits for its siblings (a charger reports several connectors at once).</summary>
    public static readonly TimeSpan Coalesce = TimeSpan.FromMilliseconds(500);

    private TaskCompletionSource _nudge = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = feed.Subscribe(OnLiveEvent);
        await firstPass.WaitAsync(stoppingToken);
        var interval = TimeSpan.FromSeconds(options.Value.EvaluateSeconds);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await evaluator.RunPassAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    AlertEngineLog.PassFailed(logger, ex);
                }

                await WaitAsync(interval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: the stored conditions carry on at the next start.
        }
    }

    private async Task WaitAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        var nudge = Volatile.Read(ref _nudge).Task;
        var tick = Task.Delay(interval, time, cancellationToken);
        if (await Task.WhenAny(tick, nudge) == nudge)
        {
            await Task.Delay(Coalesce, time, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        Interlocked.Exchange(ref _nudge, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
    }

    private void OnLiveEvent(LiveEvent liveEvent)
    {
        if (liveEvent is ConnectorStatusChanged or ChargePointConnectionChanged or SessionChanged)
        {
            Volatile.Read(ref _nudge).TrySetResult();
        }
    }
}
