using System.Collections.Frozen;

namespace EvDashboard.Core.Alerts;

/// <summary>Every rule EvDashboard knows, with defaults chosen to tell an operator early without crying wolf.</summary>
public static class AlertRuleCatalog
{
    private const AlertChannels Operators = AlertChannels.InApp | AlertChannels.Email | AlertChannels.Webhook;

    public static IReadOnlyList<AlertRuleDefinition> All { get; } =
    [
        new(AlertRuleKeys.ConnectorFaulted, "Connector faulted",
            "A connector reports Faulted; the alert carries the OCPP error code, info and vendor code in words.",
            AlertSeverity.Critical, 60, null, null, IsNotice: false, CanNotifyDriver: false, Operators),
        new(AlertRuleKeys.ChargePointOffline, "Charge point offline",
            "No connection (no message and no WebSocket pong) for longer than N minutes.",
            AlertSeverity.Critical, 0, 5, "minutes", IsNotice: false, CanNotifyDriver: false, Operators),
        new(AlertRuleKeys.PreparingTooLong, "Preparing without a session",
            "A connector stays Preparing for N minutes without a transaction starting (the driver may be stuck).",
            AlertSeverity.Warning, 0, 10, "minutes", IsNotice: false, CanNotifyDriver: false, Operators),
        new(AlertRuleKeys.AuthorizationRejected, "Authorisation refused",
            "An idTag was refused or unknown at this charge point (in the last N minutes).",
            AlertSeverity.Warning, 0, 15, "minutes", IsNotice: false, CanNotifyDriver: false, AlertChannels.InApp),
        new(AlertRuleKeys.EnergyStalled, "Energy not increasing",
            "Charging, but the energy register has not increased for N minutes (the EV stopped drawing power).",
            AlertSeverity.Warning, 0, 15, "minutes", IsNotice: false, CanNotifyDriver: false, Operators),
        new(AlertRuleKeys.SessionCompleted, "Session completed",
            "A charging session completed.",
            AlertSeverity.Info, 0, null, null, IsNotice: true, CanNotifyDriver: true, AlertChannels.None),
        new(AlertRuleKeys.SessionEnding, "Session about to end",
            "The estimated end is within N minutes, or the state of charge passed the threshold (80 %).",
            AlertSeverity.Info, 0, 10, "minutes", IsNotice: true, CanNotifyDriver: true, AlertChannels.None),
        new(AlertRuleKeys.IdleBlocking, "Idle, blocking the spot",
            "Occupied but not charging for N minutes after charging ended; the driver hears that an idle fee is starting.",
            AlertSeverity.Warning, 0, 15, "minutes", IsNotice: false, CanNotifyDriver: true, AlertChannels.InApp),
        new(AlertRuleKeys.StopForUnknownTransaction, "Stop for an unknown transaction",
            "A StopTransaction named a transaction this system never started (in the last N minutes).",
            AlertSeverity.Warning, 0, 60, "minutes", IsNotice: false, CanNotifyDriver: false, Operators),
        new(AlertRuleKeys.MeterBackwards, "Meter register going backwards",
            "A session's energy register reading went down (in the last N minutes): the meter or its configuration is suspect.",
            AlertSeverity.Warning, 0, 60, "minutes", IsNotice: false, CanNotifyDriver: false, Operators),
        new(AlertRuleKeys.ClockSkew, "Clock skew",
            "The charge point's clock differs from the server's by more than N seconds.",
            AlertSeverity.Warning, 300, 120, "seconds", IsNotice: false, CanNotifyDriver: false, AlertChannels.InApp),
        new(AlertRuleKeys.InvoiceOverdue, "Invoice unpaid past due",
            "An invoice is still unpaid N days after its due date.",
            AlertSeverity.Warning, 0, 0, "days", IsNotice: false, CanNotifyDriver: false, AlertChannels.InApp | AlertChannels.Email),
        new(AlertRuleKeys.SessionClosedBySystem, "Session closed by the system",
            "The reconciler closed a stuck session (after a reboot, a new start, Available after Finishing, or too long).",
            AlertSeverity.Info, 0, null, null, IsNotice: true, CanNotifyDriver: false, AlertChannels.InApp),
        new(AlertRuleKeys.SessionContinued, "Session continued",
            "An interrupted session was started again for the same driver and billed as one session.",
            AlertSeverity.Info, 0, null, null, IsNotice: true, CanNotifyDriver: false, AlertChannels.InApp),
        new(AlertRuleKeys.PlaybookExhausted, "Self-healing gave up",
            "A self-healing playbook used its last step (hard reset) and the charge point still needs a person.",
            AlertSeverity.Critical, 0, null, null, IsNotice: false, CanNotifyDriver: false, Operators),
    ];

    private static readonly FrozenDictionary<string, AlertRuleDefinition> ByKey = All.ToFrozenDictionary(r => r.Key, StringComparer.Ordinal);

    public static AlertRuleDefinition? Find(string key) => ByKey.GetValueOrDefault(key);

    public static AlertRuleDefinition Get(string key) =>
        Find(key) ?? throw new ArgumentException($"There is no alert rule '{key}'.", nameof(key));
}
