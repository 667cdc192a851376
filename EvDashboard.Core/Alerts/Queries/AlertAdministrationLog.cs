using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Alerts.Queries;

internal static partial class AlertAdministrationLog
{
    [LoggerMessage(EventId = 7201, Level = LogLevel.Information, Message = "Alert {AlertId} ({RuleKey}) acknowledged by {Actor}")]
    public static partial void Acknowledged(ILogger logger, long alertId, string ruleKey, string actor);

    [LoggerMessage(EventId = 7202, Level = LogLevel.Information, Message = "Alert rule {RuleKey} changed by {Actor}: {Settings}")]
    public static partial void RuleChanged(ILogger logger, string ruleKey, string actor, string settings);

    [LoggerMessage(EventId = 7203, Level = LogLevel.Information, Message = "Alert rule {RuleKey} reset to its defaults by {Actor}")]
    public static partial void RuleReset(ILogger logger, string ruleKey, string actor);

    [LoggerMessage(EventId = 7204, Level = LogLevel.Information, Message = "Alert rule {RuleKey} {Change} for charge point {ChargePointId} by {Actor}")]
    public static partial void ExclusionChanged(ILogger logger, string ruleKey, string change, string chargePointId, string actor);

    [LoggerMessage(EventId = 7205, Level = LogLevel.Information, Message = "Automation of charge point {ChargePointId} set by {Actor}: playbooks {Playbooks}, continuation {Continuation}")]
    public static partial void AutomationChanged(ILogger logger, string chargePointId, string actor, bool playbooks, bool continuation);
}
