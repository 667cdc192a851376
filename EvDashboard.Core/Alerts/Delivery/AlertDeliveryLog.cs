using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Alerts.Delivery;

internal static partial class AlertDeliveryLog
{
    [LoggerMessage(EventId = 7301, Level = LogLevel.Information, Message = "Alert delivery {DeliveryId} sent by {Channel} (attempt {Attempt})")]
    public static partial void Sent(ILogger logger, long deliveryId, DeliveryChannel channel, int attempt);

    [LoggerMessage(EventId = 7302, Level = LogLevel.Warning, Message = "Alert delivery {DeliveryId} by {Channel} failed (attempt {Attempt}), retry at {RetryAt}: {Error}")]
    public static partial void WillRetry(ILogger logger, long deliveryId, DeliveryChannel channel, int attempt, DateTimeOffset retryAt, string error);

    [LoggerMessage(EventId = 7303, Level = LogLevel.Error, Message = "Alert delivery {DeliveryId} by {Channel} given up after {Attempt} attempts: {Error}")]
    public static partial void GaveUp(ILogger logger, long deliveryId, DeliveryChannel channel, int attempt, string error);

    [LoggerMessage(EventId = 7304, Level = LogLevel.Information, Message = "Alert delivery {DeliveryId} by {Channel} waits for the rate limit until {Until}")]
    public static partial void RateLimited(ILogger logger, long deliveryId, DeliveryChannel channel, DateTimeOffset until);

    [LoggerMessage(EventId = 7305, Level = LogLevel.Warning, Message = "An alert delivery pass failed; the next pass tries again")]
    public static partial void PassFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 7306, Level = LogLevel.Information, Message = "Test message by {Channel} sent by {Actor}: {Succeeded}")]
    public static partial void Tested(ILogger logger, DeliveryChannel channel, string actor, bool succeeded);
}
