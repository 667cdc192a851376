namespace EvDashboard.Core.Alerts.Delivery;

/// <summary>One message as the senders see it: a queued delivery (or a test) with its alert's facts when it has an alert.</summary>
/// <param name="Id">The delivery's id; 0 for a test message, which is never queued.</param>
public sealed record DeliveryMessage(
    long Id,
    AlertDeliveryEvent Event,
    DeliveryAudience Audience,
    string RuleKey,
    string Target,
    string Title,
    string Body,
    DateTimeOffset CreatedAt,
    DeliveryAlertFacts? Alert);
