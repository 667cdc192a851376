using EvDashboard.Core.Data;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using EvDashboard.Core.Healing.Continuation;
using EvDashboard.Core.Live;
using EvDashboard.Core.Stations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Healing.Reconciliation;

/// <summary>
/// Runs the reconciler and the continuation's timeouts every Healing:Sessions:PassIntervalSeconds, and reacts at once to the
/// live feed: a connector reporting Preparing/SuspendedEV may continue its session, Available abandons it, and a boot or
/// a status change brings the next reconciler pass forward. A failure is logged and retried by the next pass; it never
/// stops the host.
/// </summary>
internal sealed class SessionHealingWorker(
    LiveFeed feed, FirstPassDelay firstPass, StuckSessionReconciler reconciler, ContinuationStarter continuations, TimeProvider time,
    IOptions<SessionHealingOptions> options, ILogger<SessionHealingWorker> logger) : BackgroundService
{
    private static readonly TimeSpan s_minPassInterval = TimeSpan.FromMilliseconds(250);
    private readonly ConcurrentDictionary<Task, byte> _attempts = new();
    private readonly Channel<LiveEvent> _events = Channel.CreateUnbounded<LiveEvent>(new UnboundedChannelOptions { SingleReader = true });
    private long _lastPass;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = feed.Subscribe(OnLiveEvent);
        await firstPass.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.PassIntervalSeconds), time);
        await PassAsync(stoppingToken);
        var tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
        var arrival = _events.Reader.WaitToReadAsync(stoppingToken).AsTask();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (await Task.WhenAny(tick, arrival) == tick)
                {
                    await tick;
                    await PassAsync(stoppingToken);
                    tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
                }
                else
                {
                    await arrival;
                    await HandleArrivedAsync(stoppingToken);
                    arrival = _events.Reader.WaitToReadAsync(stoppingToken).AsTask();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: whatever is stuck is found by the first pass after the next start.
        }
    }

    private void OnLiveEvent(LiveEvent liveEvent)
    {
        if (liveEvent is ChargePointBooted or ConnectorStatusChanged { ConnectorId: > 0 })
        {
            _events.Writer.TryWrite(liveEvent);
        }
    }

    private async Task HandleArrivedAsync(CancellationToken cancellationToken)
    {
        var arrived = new List<LiveEvent>();
        while (_events.Reader.TryRead(out var liveEvent))
        {
            arrived.Add(liveEvent);
        }

        if (arrived.Count == 0)
        {
            return;
        }

        await OnStatusChangesAsync(arrived.OfType<ConnectorStatusChanged>(), cancellationToken);

        // A busy site sends status changes all the time: at most a few passes a second, however many events (wall clock).
        var since = Stopwatch.GetElapsedTime(_lastPass);
        if (since < s_minPassInterval)
        {
            await Task.Delay(s_minPassInterval - since, cancellationToken);
        }

        await PassAsync(cancellationToken);
    }

    private async Task OnStatusChangesAsync(IEnumerable<ConnectorStatusChanged> changes, CancellationToken cancellationToken)
    {
        IReadOnlySet<(string, int)>? open = null;
        foreach (var changed in changes)
        {
            if (changed.Status == ConnectorStatus.Available)
            {
                try
                {
                    // One read for the whole burst: nearly every Available concerns no continuation and no held receipt.
                    open ??= await continuations.OpenConnectorsAsync(cancellationToken);
                    if (open.Contains((changed.ChargePointId, changed.ConnectorId)))
                    {
                        await continuations.AbandonAsync(changed.ChargePointId, changed.ConnectorId, cancellationToken);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    SessionHealingLog.PassFailed(logger, ex);
                }
            }
            else if (ContinuationPolicy.MayTrigger(changed.Status))
            {
                // A RemoteStartTransaction may wait for its answer (twice, with the retry): other connectors' events go on meanwhile.
                var attempt = ContinueLoggedAsync(changed, cancellationToken);
                _attempts.TryAdd(attempt, 0);
                _ = attempt.ContinueWith(done => _attempts.TryRemove(done, out _), TaskScheduler.Default);
            }
        }
    }

    private async Task ContinueLoggedAsync(ConnectorStatusChanged changed, CancellationToken cancellationToken)
    {
        try
        {
            await continuations.TryContinueAsync(changed.ChargePointId, changed.ConnectorId, changed.Status, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            SessionHealingLog.PassFailed(logger, ex);
        }
        catch (OperationCanceledException)
        {
            // Shutdown while waiting for the charger's answer; the attempt is settled by the timeout pass after the next start.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await Task.WhenAll(_attempts.Keys);
    }

    private async Task PassAsync(CancellationToken cancellationToken)
    {
        _lastPass = Stopwatch.GetTimestamp();
        try
        {
            var closed = await reconciler.RunOnceAsync(cancellationToken);
            if (closed > 0)
            {
                SessionHealingLog.SessionsClosed(logger, closed);
            }

            await continuations.ExpireAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            SessionHealingLog.PassFailed(logger, ex);
        }
    }
}
