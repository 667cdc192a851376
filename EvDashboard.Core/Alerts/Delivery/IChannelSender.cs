namespace EvDashboard.Core.Alerts.Delivery;

/// <summary>Sends messages on one channel with the configured settings.</summary>
internal interface IChannelSender
{
    DeliveryChannel Channel { get; }

    /// <summary>Why this channel cannot send to <paramref name="audience"/> now (a missing setting, named), or null when it can.</summary>
    string? NotConfigured(DeliveryAudience audience);

    /// <summary>Sends one message; failures come back as a result, never as an exception (cancellation aside).</summary>
    Task<SendResult> SendAsync(DeliveryMessage message, CancellationToken cancellationToken);
}
