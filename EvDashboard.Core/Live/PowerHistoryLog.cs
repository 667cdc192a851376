using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Live;

internal static partial class PowerHistoryLog
{
    [LoggerMessage(EventId = 1111, Level = LogLevel.Warning, Message = "Could not refresh the power history; the chart keeps its last data")]
    public static partial void RefreshFailed(ILogger logger, Exception exception);
}
