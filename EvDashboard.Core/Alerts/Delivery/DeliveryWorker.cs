using EvDashboard.Core.Data;
using System.Threading.Channels;
using EvDashboard.Core.Live;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Alerts.Delivery;

/// <summary>
/// Sends what the alert engine queued: a pass at start-up, every <see cref="Period"/>, and at once when an alert is
/// raised or resolved (AlertChanged is published after the commit that queued its deliveries). A failing pass is
/// logged and the next one tries again; nothing here stops the host.
/// </summary>
internal sealed class DeliveryWorker(LiveFeed feed, FirstPassDelay firstPass, DeliveryPass pass, TimeProvider time, ILogger<DeliveryWorker> logger) : BackgroundService
{
    /// <summary>Short enough that a retry or a deferred delivery goes out close to its time.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(10);

    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.DropWrite,
    });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = feed.Subscribe(OnLiveEvent);
        await firstPass.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(Period, time);
        var tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
        var wake = _wake.Reader.ReadAsync(stoppingToken).AsTask();
        try
        {
            await RunPassAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                if (await Task.WhenAny(tick, wake) == tick)
                {
                    await tick;
                    tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
                }
                else
                {
                    await wake;
                    wake = _wake.Reader.ReadAsync(stoppingToken).AsTask();
                }

                await RunPassAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown; pending rows stay queued for the next start.
        }
    }

    private void OnLiveEvent(LiveEvent liveEvent)
    {
        if (liveEvent is AlertChanged)
        {
            _wake.Writer.TryWrite(true);
        }
    }

    private async Task RunPassAsync(CancellationToken cancellationToken)
    {
        try
        {
            await pass.RunAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            AlertDeliveryLog.PassFailed(logger, ex);
        }
    }
}
