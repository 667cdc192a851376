using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Alerts.Delivery;

/// <summary>
/// One pass over the delivery queue: every due Pending delivery, oldest first in small batches, is checked against
/// its channel's configuration and its target's rate limit, sent, and its outcome recorded at once.
/// </summary>
/// <remarks>
/// The outcome is written after the send returns, so a crash between the two leaves the row Pending and the next
/// pass sends it again: at most one extra copy per crash, never a lost row. Webhooks carry X-EvDashboard-Delivery
/// so receivers can drop the copy.
/// </remarks>
internal sealed class DeliveryPass(
    DeliveryStore store, IEnumerable<IChannelSender> senders, IOptions<AlertDeliveryOptions> options, TimeProvider time, ILogger<DeliveryPass> logger)
{
    public const int BatchSize = 20;

    /// <summary>Bounds one pass so a flood cannot starve the wake-ups; the rest goes in the next pass.</summary>
    private const int MaxBatchesPerPass = 25;

    private readonly Dictionary<DeliveryChannel, IChannelSender> _senders = senders.ToDictionary(s => s.Channel);

    /// <returns>How many deliveries were handled (sent, failed or deferred).</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var handled = 0;
        for (var batch = 0; batch < MaxBatchesPerPass; batch++)
        {
            var due = await store.DueAsync(time.GetUtcNow(), BatchSize, cancellationToken);
            foreach (var (message, channel, attempts) in due)
            {
                await HandleAsync(message, channel, attempts, cancellationToken);
            }

            handled += due.Count;
            if (due.Count < BatchSize)
            {
                break;
            }
        }

        return handled;
    }

    private async Task HandleAsync(DeliveryMessage message, DeliveryChannel channel, int attempts, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var sender = _senders.GetValueOrDefault(channel);
        var notConfigured = sender is null ? $"No sender for the {channel} channel." : sender.NotConfigured(message.Audience);
        if (sender is null || notConfigured is { } reason)
        {
            // A channel switched off after the row was queued: retrying would not help, so it fails now and says why.
            reason = notConfigured!;
            await store.RecordAsync(message.Id, d => d.MarkFailed(reason, retryAt: null), cancellationToken);
            AlertDeliveryLog.GaveUp(logger, message.Id, channel, attempts + 1, reason);
            return;
        }

        if (await store.RoomAtAsync(channel, message.Target, settings.MaxPerRecipientPerHour, time.GetUtcNow(), cancellationToken) is { } room)
        {
            await store.RecordAsync(message.Id, d => d.Defer(room), cancellationToken);
            AlertDeliveryLog.RateLimited(logger, message.Id, channel, room);
            return;
        }

        var result = await SendSafelyAsync(sender, message, cancellationToken);
        await RecordAsync(message, channel, attempts, result, cancellationToken);
    }

    private async Task RecordAsync(DeliveryMessage message, DeliveryChannel channel, int attempts, SendResult result, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (result.Sent)
        {
            await store.RecordAsync(message.Id, d => d.MarkSent(now), cancellationToken);
            AlertDeliveryLog.Sent(logger, message.Id, channel, attempts + 1);
            return;
        }

        var error = result.Error ?? "The send failed without a reason.";
        var retryAt = DeliveryBackoff.RetryAt(attempts, now, options.Value);
        await store.RecordAsync(message.Id, d => d.MarkFailed(error, retryAt), cancellationToken);
        if (retryAt is { } at)
        {
            AlertDeliveryLog.WillRetry(logger, message.Id, channel, attempts + 1, at, error);
        }
        else
        {
            AlertDeliveryLog.GaveUp(logger, message.Id, channel, attempts + 1, error);
        }
    }

    /// <summary>A sender bug must cost one attempt of one delivery, not the pass or the host.</summary>
    private static async Task<SendResult> SendSafelyAsync(IChannelSender sender, DeliveryMessage message, CancellationToken cancellationToken)
    {
        try
        {
            return await sender.SendAsync(message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return SendResult.Failure($"The {sender.Channel} sender failed: {ex.Message}");
        }
    }
}
