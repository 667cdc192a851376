namespace EvDashboard.Components.Shared;

internal static partial class LiveLog
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "A live update of a page failed")]
    public static partial void RenderFailed(ILogger logger, Exception exception);
}
