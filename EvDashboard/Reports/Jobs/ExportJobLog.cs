namespace EvDashboard.Reports.Jobs;

internal static partial class ExportJobLog
{
    [LoggerMessage(EventId = 6101, Level = LogLevel.Information, Message = "Export {JobId} ({FileName}) started")]
    public static partial void Started(ILogger logger, string jobId, string fileName);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Information, Message = "Export {JobId} finished: {Rows} rows")]
    public static partial void Completed(ILogger logger, string jobId, long rows);

    [LoggerMessage(EventId = 6103, Level = LogLevel.Information, Message = "Export {JobId} cancelled after {Rows} rows")]
    public static partial void Cancelled(ILogger logger, string jobId, long rows);

    [LoggerMessage(EventId = 6104, Level = LogLevel.Error, Message = "Export {JobId} failed")]
    public static partial void Failed(ILogger logger, string jobId, Exception exception);

    [LoggerMessage(EventId = 6105, Level = LogLevel.Information, Message = "Removed {Count} expired export files")]
    public static partial void Swept(ILogger logger, int count);

    [LoggerMessage(EventId = 6106, Level = LogLevel.Warning, Message = "Could not remove the export file {Path}")]
    public static partial void DeleteFailed(ILogger logger, string path, Exception exception);
}
