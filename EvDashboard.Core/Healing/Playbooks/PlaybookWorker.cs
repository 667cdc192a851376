using System.Threading.Channels;
using EvDashboard.Core.Live;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Healing.Playbooks;

/// <summary>
/// Runs the playbooks: every Healing:Playbooks:EvaluationSeconds, and at once on a connection or connector status change.
/// One pass at a time; a failing pass (or charge point) is logged and never stops the host. Events that come in a
/// burst (a reconnect storm, a busy site) wake one pass, not one each: the pass waits a moment for the rest.
/// </summary>
internal sealed class PlaybookWorker(
    PlaybookStateReader reader,
    PlaybookExecutor executor,
    ReconnectTracker tracker,
    LiveFeed feed,
    TimeProvider time,
    IOptions<PlaybookOptions> options,
    ILogger<PlaybookWorker> logger) : BackgroundService
{
    private static readonly TimeSpan s_gatherEvents = TimeSpan.FromMilliseconds(200);
    private readonly SemaphoreSlim _pass = new(1, 1);
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var subscription = feed.Subscribe(e =>
        {
            if (e is ChargePointConnectionChanged or ConnectorStatusChanged)
            {
                _wake.Writer.TryWrite(true);
            }
        });
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.EvaluationSeconds), time);
        var ticking = timer.WaitForNextTickAsync(stoppingToken).AsTask();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var woken = _wake.Reader.WaitToReadAsync(stoppingToken).AsTask();
                if (await Task.WhenAny(ticking, woken) == ticking)
                {
                    await ticking;
                    ticking = timer.WaitForNextTickAsync(stoppingToken).AsTask();
                }
                else
                {
                    // Wall-clock on purpose: a burst is gathered in real time whatever clock the planner uses.
                    await Task.Delay(s_gatherEvents, stoppingToken);
                    _wake.Reader.TryRead(out _);
                }

                await EvaluateAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: a step in flight is stored before it is sent, so the next start continues from it.
        }
    }

    /// <summary>One pass over every charge point where a playbook may have something to do.</summary>
    internal async Task EvaluateAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        await _pass.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            var timings = options.Value.Timings;
            var toReview = tracker.ToReview;
            var failed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var snapshot in await reader.ReadAsync(now, toReview.Select(c => c.Key), cancellationToken))
            {
                if (!await EvaluateOneAsync(snapshot, now, timings, cancellationToken))
                {
                    failed.Add(snapshot.ChargePointId);
                }
            }

            tracker.Reviewed(toReview.Where(c => !failed.Contains(c.Key)));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            PlaybookLog.EvaluationFailed(logger, ex);
        }
        finally
        {
            _pass.Release();
        }
    }

    /// <returns>False when the pass failed for this charge point (it is looked at again next time).</returns>
    private async Task<bool> EvaluateOneAsync(PlaybookSnapshot snapshot, DateTimeOffset now, PlaybookTimings timings, CancellationToken cancellationToken)
    {
        try
        {
            var plan = PlaybookPlanner.Plan(snapshot, now, timings);
            if (!plan.IsEmpty)
            {
                await executor.ExecuteAsync(snapshot.ChargePointId, plan, cancellationToken);
            }

            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            PlaybookLog.PassFailed(logger, snapshot.ChargePointId, ex);
            return false;
        }
    }

    public override void Dispose()
    {
        _pass.Dispose();
        base.Dispose();
    }
}
