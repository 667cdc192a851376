using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Alerts.Engine;

internal static partial class AlertEngineLog
{
    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "Alert rule {RuleKey} could not be evaluated this pass; its state is kept")]
    public static partial void SourceFailed(ILogger logger, string ruleKey, Exception exception);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Error, Message = "An alert evaluation pass failed; the next pass retries")]
    public static partial void PassFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Debug, Message = "Alert pass: {Raised} raised, {Resolved} resolved, {Watching} conditions watched")]
    public static partial void PassFinished(ILogger logger, int raised, int resolved, int watching);
}
