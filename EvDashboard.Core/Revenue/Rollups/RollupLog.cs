using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Revenue.Rollups;

internal static partial class RollupLog
{
    [LoggerMessage(EventId = 6201, Level = LogLevel.Information, Message = "Rebuilding all rollups in time zone {TimeZone}: {Reason}")]
    public static partial void RebuildStarting(ILogger logger, string timeZone, string reason);

    [LoggerMessage(EventId = 6202, Level = LogLevel.Information, Message = "Rollups rebuilt: {Days} days, {Rows} rows in {Seconds:F1} s")]
    public static partial void RebuildFinished(ILogger logger, int days, long rows, double seconds);

    [LoggerMessage(EventId = 6203, Level = LogLevel.Debug, Message = "Rollup pass: {Days} days, {Rows} rows in {Milliseconds} ms")]
    public static partial void PassFinished(ILogger logger, int days, long rows, long milliseconds);

    [LoggerMessage(EventId = 6204, Level = LogLevel.Warning, Message = "A rollup pass failed; dirty days stay marked and the next pass tries again")]
    public static partial void PassFailed(ILogger logger, Exception exception);
}
