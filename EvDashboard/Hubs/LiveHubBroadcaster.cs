using System.Threading.Channels;
using EvDashboard.Core.Common;
using EvDashboard.Core.Live;
using Microsoft.AspNetCore.SignalR;

namespace EvDashboard.Hubs;

/// <summary>
/// Re-publishes the in-process <see cref="LiveFeed"/> to the clients of <see cref="LiveHub"/>. The feed's
/// publisher is the database writer's commit path, so events are only queued there; one loop sends them in
/// order. When hub clients cannot keep up, the oldest queued events are dropped (and counted in the log)
/// rather than slowing the ledger down: a display shows the newest state, and REST has the history.
/// </summary>
internal sealed class LiveHubBroadcaster(LiveFeed feed, IHubContext<LiveHub, ILiveClient> hub, ILogger<LiveHubBroadcaster> logger)
    : BackgroundService
{
    public const int QueueCapacity = 10_000;

    private long _dropped;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var queue = Channel.CreateBounded<LiveEvent>(
            new BoundedChannelOptions(QueueCapacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
            _ => Interlocked.Increment(ref _dropped));
        using var subscription = feed.Subscribe(liveEvent => queue.Writer.TryWrite(liveEvent));
        try
        {
            await foreach (var liveEvent in queue.Reader.ReadAllAsync(stoppingToken))
            {
                var dropped = Interlocked.Exchange(ref _dropped, 0);
                if (dropped > 0)
                {
                    LiveHubLog.EventsDropped(logger, dropped);
                }

                await SendAsync(liveEvent, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: events still queued have no one left to go to.
        }
    }

    private async Task SendAsync(LiveEvent liveEvent, CancellationToken cancellationToken)
    {
        var clients = hub.Clients.Groups(LiveHub.AllGroup, LiveHub.GroupFor(liveEvent.ChargePointId));
        try
        {
            var sending = liveEvent switch
            {
                ChargePointConnectionChanged e => clients.ChargePointConnectionChanged(new(e.ChargePointId, e.IsOnline, e.At.ToUniversalTime())),
                ChargePointBooted e => clients.ChargePointBooted(new(e.ChargePointId, e.Vendor, e.Model, e.FirmwareVersion, e.At.ToUniversalTime())),
                ConnectorStatusChanged e => clients.ConnectorStatusChanged(
                    new(e.ChargePointId, e.ConnectorId, e.Status.ToString(), e.ErrorCode, e.Info, e.At.ToUniversalTime())),
                SessionChanged e => clients.SessionChanged(new(
                    e.ChargePointId, e.ConnectorId, e.TransactionId, IdTagMask.Mask(e.IdTag), e.Status.ToString(),
                    e.EnergyWh, e.PowerW, e.SocPercent, e.At.ToUniversalTime())),
                _ => Task.CompletedTask,
            };
            await sending.WaitAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LiveHubLog.SendFailed(logger, liveEvent.GetType().Name, liveEvent.ChargePointId, ex);
        }
    }
}
