namespace EvDashboard.Components.Shared;

internal static partial class ComponentLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Error, Message = "A page failed; reference {CorrelationId}")]
    public static partial void PageFailed(ILogger logger, string correlationId, Exception exception);
}
