using EvDashboard.Core.Live;

namespace EvDashboard.Core.Alerts;

/// <summary>An alert was raised, acknowledged or resolved (published after the commit): the in-app channel.</summary>
public sealed record AlertChanged(
    long AlertId,
    string RuleKey,
    AlertSeverity Severity,
    AlertStatus Status,
    string? ChargePointIdOrNull,
    int? ConnectorId,
    string Message,
    bool IsNotice,
    DateTimeOffset At) : LiveEvent(ChargePointIdOrNull ?? string.Empty, At)
{
    public static AlertChanged From(Alert alert, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return new(alert.Id, alert.RuleKey, alert.Severity, alert.Status, alert.ChargePointId, alert.ConnectorId, alert.Message, alert.IsNotice, at);
    }
}
