using EvDashboard.Core.Data;
using System.Threading.Channels;
using EvDashboard.Core.Live;
using EvDashboard.Core.Sessions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Billing;

/// <summary>
/// Issues receipts automatically: at once when a session completes (the live feed's SessionChanged), and by a
/// sweep at start-up and every Billing:ReceiptSweepSeconds, so a crash between the stop and its receipt, or a
/// session priced later, loses nothing. A failure is logged and retried by the next sweep; it never stops the host.
/// </summary>
internal sealed class ReceiptWorker(
    LiveFeed feed, ReceiptIssuer receipts, FirstPassDelay firstPass, TimeProvider time, IOptions<BillingOptions> options, ILogger<ReceiptWorker> logger) : BackgroundService
{
    private readonly Channel<int> _completed = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = feed.Subscribe(OnLiveEvent);
        await firstPass.WaitAsync(stoppingToken);
        await SweepAsync(stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.ReceiptSweepSeconds), time);
        var tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
        var arrival = _completed.Reader.WaitToReadAsync(stoppingToken).AsTask();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (await Task.WhenAny(tick, arrival) == tick)
                {
                    await tick;
                    await SweepAsync(stoppingToken);
                    tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
                }
                else
                {
                    await arrival;
                    await IssueArrivedAsync(stoppingToken);
                    arrival = _completed.Reader.WaitToReadAsync(stoppingToken).AsTask();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown; whatever is left is issued by the start-up sweep.
        }
    }

    private void OnLiveEvent(LiveEvent liveEvent)
    {
        if (liveEvent is SessionChanged { Status: SessionStatus.Completed } changed)
        {
            _completed.Writer.TryWrite(changed.TransactionId);
        }
    }

    private async Task IssueArrivedAsync(CancellationToken cancellationToken)
    {
        while (_completed.Reader.TryRead(out var transactionId))
        {
            try
            {
                if (await receipts.IssueAsync(transactionId, cancellationToken) is { IsNew: true } receipt)
                {
                    BillingLog.ReceiptIssued(logger, receipt.Number, transactionId);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                BillingLog.ReceiptsFailed(logger, ex);
            }
        }
    }

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        try
        {
            var issued = await receipts.IssueMissingAsync(cancellationToken);
            if (issued > 0)
            {
                BillingLog.SweepIssued(logger, issued);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            BillingLog.ReceiptsFailed(logger, ex);
        }
    }
}
