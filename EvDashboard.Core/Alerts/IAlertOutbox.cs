using EvDashboard.Core.Data;

namespace EvDashboard.Core.Alerts;

/// <summary>
/// Queues an alert's e-mails and webhooks in the same unit of work that raised or resolved it, so a crash loses
/// none and a retry sends none twice: the operators on the rule's channels, and the session's driver when the rule
/// notifies drivers and the idTag opted in. Quiet hours and rate limits are applied here or by the sender.
/// </summary>
public interface IAlertOutbox
{
    /// <param name="alert">Already saved (it has its Id).</param>
    Task EnqueueAsync(WriteScope scope, Alert alert, AlertDeliveryEvent deliveryEvent, EffectiveAlertRule rule, CancellationToken cancellationToken);
}
