namespace EvDashboard.Components.Pages.Wall;

internal static partial class WallLog
{
    [LoggerMessage(EventId = 3601, Level = LogLevel.Warning, Message = "The wall display's clock tick failed")]
    public static partial void TickFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3602, Level = LogLevel.Warning, Message = "The wall display could not start its reconnect watchdog (wall.js)")]
    public static partial void WatchdogFailed(ILogger logger, Exception exception);
}
