namespace EvDashboard.Components.Pages.Reports;

internal static partial class ReportPagesLog
{
    [LoggerMessage(EventId = 3951, Level = LogLevel.Error, Message = "The {Kind} report failed for {Query}")]
    public static partial void ReportFailed(ILogger logger, string kind, string query, Exception exception);

    [LoggerMessage(EventId = 3952, Level = LogLevel.Warning, Message = "The report query '{Query}' was refused: {Reason}")]
    public static partial void QueryRefused(ILogger logger, string query, string reason);
}
