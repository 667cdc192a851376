using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Data;

internal static partial class DatabaseWriterLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "A write batch of {Count} units failed; running each unit alone")]
    public static partial void BatchFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "A unit of work failed and was rolled back alone")]
    public static partial void UnitFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "An after-commit action failed")]
    public static partial void AfterCommitFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Debug, Message = "A write batch of {Count} units was rolled back: a caller cancelled its unit; running each unit alone")]
    public static partial void BatchCancelled(ILogger logger, int count);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "A write unit from {Origin} held the database writer for {Milliseconds} ms; every message waited meanwhile")]
    public static partial void SlowUnit(ILogger logger, string origin, long milliseconds);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "A WAL checkpoint failed; retrying on the next tick")]
    public static partial void CheckpointFailed(ILogger logger, Exception exception);
}
