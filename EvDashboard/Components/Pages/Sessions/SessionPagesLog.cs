namespace EvDashboard.Components.Pages.Sessions;

internal static partial class SessionPagesLog
{
    [LoggerMessage(EventId = 3401, Level = LogLevel.Warning, Message = "Refreshing a session page failed")]
    public static partial void RefreshFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3402, Level = LogLevel.Information, Message = "Session export: {Rows} rows written")]
    public static partial void Exported(ILogger logger, int rows);
}
