using EvDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Alerts.Delivery;

/// <summary>
/// The delivery queue's reads (what is due, how much went to a target in the last hour) and its writes (each
/// outcome, one unit of work of the database writer).
/// </summary>
internal sealed class DeliveryStore(IDbContextFactory<EvDashboardDbContext> contexts, DatabaseWriter writer)
{
    public static readonly TimeSpan RateWindow = TimeSpan.FromHours(1);

    /// <summary>Due Pending deliveries, oldest first (the Status, NextAttemptAt index), with their alerts' facts.</summary>
    public async Task<IReadOnlyList<(DeliveryMessage Message, DeliveryChannel Channel, int Attempts)>> DueAsync(
        DateTimeOffset now, int batchSize, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (
                from d in db.AlertDeliveries.AsNoTracking()
                join a in db.Alerts.AsNoTracking() on d.AlertId equals a.Id into alerts
                from a in alerts.DefaultIfEmpty()
                where d.Status == AlertDeliveryStatus.Pending && d.NextAttemptAt <= now
                orderby d.NextAttemptAt, d.Id
                select new
                {
                    d.Id, d.Event, d.Audience, d.RuleKey, d.Target, d.Title, d.Body, d.CreatedAt, d.Channel, d.Attempts,
                    Alert = a == null ? null : new DeliveryAlertFacts(a.Id, a.Severity, a.ChargePointId, a.ConnectorId, a.TransactionId, a.Status, a.RaisedAt, a.ResolvedAt),
                })
            .Take(batchSize)
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => (new DeliveryMessage(r.Id, r.Event, r.Audience, r.RuleKey, r.Target, r.Title, r.Body, r.CreatedAt, r.Alert), r.Channel, r.Attempts))
            .ToList();
    }

    /// <summary>When the target has room again under <paramref name="maxPerHour"/>, or null when it has room now (the Channel, Target, SentAt index).</summary>
    public async Task<DateTimeOffset?> RoomAtAsync(DeliveryChannel channel, string target, int maxPerHour, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var since = now - RateWindow;
        var recent = db.AlertDeliveries.AsNoTracking()
            .Where(d => d.Channel == channel && d.Target == target && d.SentAt != null && d.SentAt > since);
        var count = await recent.CountAsync(cancellationToken);
        if (count < maxPerHour)
        {
            return null;
        }

        // Room comes when enough of the sends in the window have aged out of it for one more to fit.
        var leaving = await recent.OrderBy(d => d.SentAt).Skip(count - maxPerHour).Select(d => d.SentAt).FirstAsync(cancellationToken);
        return leaving!.Value + RateWindow;
    }

    /// <summary>Applies an outcome to a delivery still Pending (one the engine suppressed or deleted meanwhile is left alone).</summary>
    public Task RecordAsync(long deliveryId, Action<AlertDelivery> outcome, CancellationToken cancellationToken) =>
        writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var delivery = await scope.Db.AlertDeliveries.FirstOrDefaultAsync(d => d.Id == deliveryId, ct);
                if (delivery is { Status: AlertDeliveryStatus.Pending })
                {
                    outcome(delivery);
                }
            },
            cancellationToken);
}
