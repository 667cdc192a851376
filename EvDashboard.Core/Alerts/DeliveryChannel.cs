namespace EvDashboard.Core.Alerts;

/// <summary>An outbound channel with a durable delivery queue. SMS and chat gateways are webhooks.</summary>
public enum DeliveryChannel
{
    Email,
    Webhook,
}
