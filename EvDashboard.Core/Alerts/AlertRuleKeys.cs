namespace EvDashboard.Core.Alerts;

/// <summary>The stable keys of the alert rules: stored on alerts, settings, conditions and deliveries, and shown in the API.</summary>
public static class AlertRuleKeys
{
    public const string ConnectorFaulted = "connector-faulted";
    public const string ChargePointOffline = "charge-point-offline";
    public const string PreparingTooLong = "preparing-too-long";
    public const string AuthorizationRejected = "authorization-rejected";
    public const string EnergyStalled = "energy-stalled";
    public const string SessionCompleted = "session-completed";
    public const string SessionEnding = "session-ending";
    public const string IdleBlocking = "idle-blocking";
    public const string StopForUnknownTransaction = "stop-unknown-transaction";
    public const string MeterBackwards = "meter-backwards";
    public const string ClockSkew = "clock-skew";
    public const string InvoiceOverdue = "invoice-overdue";

    /// <summary>The reconciler closed a stuck session (notice).</summary>
    public const string SessionClosedBySystem = "session-closed-by-system";

    /// <summary>An interrupted session was started again for the same driver (notice).</summary>
    public const string SessionContinued = "session-continued";

    /// <summary>A self-healing playbook ran out of steps and the charge point still needs a person (condition).</summary>
    public const string PlaybookExhausted = "playbook-exhausted";
}
