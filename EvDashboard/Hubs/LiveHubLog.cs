namespace EvDashboard.Hubs;

internal static partial class LiveHubLog
{
    [LoggerMessage(EventId = 3801, Level = LogLevel.Warning, Message = "Live hub clients fell behind; {Count} live events were dropped")]
    public static partial void EventsDropped(ILogger logger, long count);

    [LoggerMessage(EventId = 3802, Level = LogLevel.Warning, Message = "Sending {EventType} of {ChargePointId} to live hub clients failed")]
    public static partial void SendFailed(ILogger logger, string eventType, string chargePointId, Exception exception);
}
