using EvDashboard.Core.Audit;

namespace EvDashboard.Core.Alerts;

/// <summary>The settings page's "send test": sends one message now on a channel, with the configured settings, and says what happened.</summary>
public interface INotificationTester
{
    /// <param name="target">An e-mail address or webhook URL; null for the configured default.</param>
    Task<NotificationTestResult> SendTestAsync(DeliveryChannel channel, string? target, Actor actor, CancellationToken cancellationToken);
}
