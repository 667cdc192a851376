using EvDashboard.Core.Data;
using EvDashboard.Core.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Alerts.Engine;

/// <summary>
/// Queues an alert's e-mails and webhooks as <see cref="AlertDelivery"/> rows in the unit of work that raised or
/// resolved it; the delivery worker sends them. In-app needs no row: the live event is that channel. Inside the
/// rule's quiet hours (site-local) a row waits until the window ends; an alert that resolves while its raised
/// messages still wait in quiet hours sends neither (both kept, suppressed, so the alert shows why).
/// </summary>
internal sealed class AlertOutbox(IOptions<AlertDeliveryOptions> options, SiteClock clock, TimeProvider time) : IAlertOutbox
{
    public const string ResolvedInQuietHours = "resolved during quiet hours";

    public async Task EnqueueAsync(WriteScope scope, Alert alert, AlertDeliveryEvent deliveryEvent, EffectiveAlertRule rule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(rule);
        if (deliveryEvent == AlertDeliveryEvent.Resolved && alert.IsNotice)
        {
            return;
        }

        var now = time.GetUtcNow();
        var notBefore = QuietUntil(rule, now) ?? now;
        var rows = new List<AlertDelivery>();
        foreach (var (channel, audience, target) in await TargetsAsync(scope.Db, alert, rule, cancellationToken))
        {
            rows.Add(new AlertDelivery(
                alert.Id, alert.RuleKey, deliveryEvent, channel, audience, target,
                AlertText.Title(alert, rule.Definition, deliveryEvent, audience),
                AlertText.Body(alert, rule.Definition, deliveryEvent, audience, clock.Zone), now, notBefore));
        }

        if (deliveryEvent == AlertDeliveryEvent.Resolved && notBefore > now && await SuppressWaitingRaisedAsync(scope.Db, alert.Id, now, cancellationToken))
        {
            rows.ForEach(r => r.Suppress(ResolvedInQuietHours));
        }

        scope.Db.AlertDeliveries.AddRange(rows);
    }

    /// <summary>The end of the quiet-hours window <paramref name="now"/> is in, as UTC; null outside quiet hours.</summary>
    internal DateTimeOffset? QuietUntil(EffectiveAlertRule rule, DateTimeOffset now)
    {
        if (rule.QuietHours is not { } quiet)
        {
            return null;
        }

        var local = TimeZoneInfo.ConvertTime(now, clock.Zone).DateTime;
        if (!quiet.Contains(TimeOnly.FromDateTime(local)))
        {
            return null;
        }

        var end = quiet.EndAfter(local);
        // A window that ends inside a DST gap ends at the first valid local time after it.
        while (clock.Zone.IsInvalidTime(end))
        {
            end = end.AddMinutes(15);
        }

        return new DateTimeOffset(end, clock.Zone.GetUtcOffset(end)).ToUniversalTime();
    }

    private async Task<List<(DeliveryChannel, DeliveryAudience, string)>> TargetsAsync(
        EvDashboardDbContext db, Alert alert, EffectiveAlertRule rule, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var targets = new List<(DeliveryChannel, DeliveryAudience, string)>();
        if (rule.Channels.HasFlag(AlertChannels.Email) && settings.EmailConfigured)
        {
            var recipients = rule.EmailRecipients.Count > 0 ? rule.EmailRecipients : AlertRecipients.Parse(settings.OperatorEmails);
            targets.AddRange(recipients.Select(r => (DeliveryChannel.Email, DeliveryAudience.Operator, r)));
        }

        if (rule.Channels.HasFlag(AlertChannels.Webhook) && settings.WebhookConfigured)
        {
            targets.Add((DeliveryChannel.Webhook, DeliveryAudience.Operator, settings.WebhookUrl!));
        }

        if (rule.NotifyDriver && alert.TransactionId is { } transactionId)
        {
            var owner = await db.ChargingSessions.AsNoTracking()
                .Where(s => s.TransactionId == transactionId)
                .Join(db.IdTags.AsNoTracking(), s => s.IdTag, t => t.Value, (s, t) => new { t.NotifyOwner, t.OwnerEmail, t.OwnerWebhookUrl })
                .FirstOrDefaultAsync(cancellationToken);
            if (owner is { NotifyOwner: true })
            {
                if (!string.IsNullOrWhiteSpace(owner.OwnerEmail) && settings.EmailConfigured)
                {
                    targets.Add((DeliveryChannel.Email, DeliveryAudience.Driver, owner.OwnerEmail));
                }

                if (!string.IsNullOrWhiteSpace(owner.OwnerWebhookUrl))
                {
                    targets.Add((DeliveryChannel.Webhook, DeliveryAudience.Driver, owner.OwnerWebhookUrl));
                }
            }
        }

        return targets;
    }

    private static async Task<bool> SuppressWaitingRaisedAsync(EvDashboardDbContext db, long alertId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var waiting = await db.AlertDeliveries
            .Where(d => d.AlertId == alertId && d.Event == AlertDeliveryEvent.Raised && d.Status == AlertDeliveryStatus.Pending && d.Attempts == 0)
            .ToListAsync(cancellationToken);
        var deferred = waiting.Where(d => d.NextAttemptAt > now).ToList();
        deferred.ForEach(d => d.Suppress(ResolvedInQuietHours));
        return deferred.Count > 0;
    }
}
