using System.Globalization;
using EvDashboard.Core.Audit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Alerts.Delivery;

/// <summary>
/// The "send test" button: one message now, past the queue (an operator is waiting for the answer), to the given
/// target or the configured default, with the answer in words and an audit entry either way.
/// </summary>
internal sealed class NotificationTester(
    IEnumerable<IChannelSender> senders, IOptions<AlertDeliveryOptions> options, AuditTrail auditTrail, TimeProvider time,
    ILogger<NotificationTester> logger) : INotificationTester
{
    public const string AuditAction = "alerts.test";
    public const string TestRuleKey = "test";

    private readonly Dictionary<DeliveryChannel, IChannelSender> _senders = senders.ToDictionary(s => s.Channel);

    public async Task<NotificationTestResult> SendTestAsync(DeliveryChannel channel, string? target, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var explicitTarget = string.IsNullOrWhiteSpace(target) ? null : target.Trim();
        var resolved = explicitTarget ?? DefaultTarget(channel);
        var result = await TrySendAsync(channel, resolved, explicitTarget is not null, actor, cancellationToken);
        await auditTrail.RecordAsync(
            actor, AuditAction, result.Target.Length == 0 ? channel.ToString() : result.Target,
            result.Succeeded ? AuditResult.Succeeded : AuditResult.Failed, $"{channel}: {result.Message}", remoteAddress: null, cancellationToken);
        AlertDeliveryLog.Tested(logger, channel, actor.Name, result.Succeeded);
        return result;
    }

    private async Task<NotificationTestResult> TrySendAsync(
        DeliveryChannel channel, string? target, bool explicitTarget, Actor actor, CancellationToken cancellationToken)
    {
        if (!_senders.TryGetValue(channel, out var sender))
        {
            return new(false, target ?? string.Empty, $"There is no {channel} channel.");
        }

        // The operators' webhook must be configured for the default; a URL typed in only needs the signing secret.
        if (sender.NotConfigured(explicitTarget ? DeliveryAudience.Driver : DeliveryAudience.Operator) is { } notConfigured)
        {
            return new(false, target ?? string.Empty, notConfigured);
        }

        if (target is null)
        {
            return new(false, string.Empty, channel == DeliveryChannel.Email
                ? "No address given, and Alerts:Delivery:OperatorEmails has none."
                : "No URL given, and Alerts:Delivery:WebhookUrl is not set.");
        }

        var sent = await sender.SendAsync(Message(target, actor), cancellationToken);
        return sent.Sent
            ? new(true, target, channel == DeliveryChannel.Email ? $"Sent to {target}." : $"Sent to {target}: the webhook answered with success.")
            : new(false, target, sent.Error ?? "The send failed without a reason.");
    }

    private string? DefaultTarget(DeliveryChannel channel)
    {
        var settings = options.Value;
        if (channel == DeliveryChannel.Email)
        {
            var operators = AlertRecipients.Parse(settings.OperatorEmails);
            return operators.Count > 0 ? operators[0] : null;
        }

        return settings.WebhookConfigured ? settings.WebhookUrl!.Trim() : null;
    }

    private DeliveryMessage Message(string target, Actor actor)
    {
        var now = time.GetUtcNow();
        var body = $"This is a test message from EvDashboard, sent by {actor.Name} on "
                   + $"{now.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC.\n\n"
                   + "If you can read it, alerts on this channel reach you. Nothing needs to be done.";
        return new DeliveryMessage(0, AlertDeliveryEvent.Test, DeliveryAudience.Operator, TestRuleKey, target, "EvDashboard test message", body, now, Alert: null);
    }
}
