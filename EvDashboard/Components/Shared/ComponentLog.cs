namespace EvDashboard.Components.Shared;

internal static partial class ComponentLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Error, Message = "A page failed; reference {CorrelationId}")]
    public static partial void PageFailed(ILogger logger, string correlationId, Exception exception);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Reading session costs for a live page failed")]
    public static partial void CostReadFailed(ILogger logger, Exception exception);
}
