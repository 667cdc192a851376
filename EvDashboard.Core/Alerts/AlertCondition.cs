namespace EvDashboard.Core.Alerts;

/// <summary>
/// A rule's condition seen holding for one subject: the evaluator's durable state. It starts the debounce
/// (<see cref="Since"/>), remembers when it last held (so a short blip does not resolve and re-fire), and links the
/// alert it fired. Stored, so a restart neither restarts debounces nor fires again.
/// </summary>
public sealed class AlertCondition
{
    private AlertCondition()
    {
        RuleKey = Subject = string.Empty;
    }

    public AlertCondition(string ruleKey, string subject, string? chargePointId, int? connectorId, DateTimeOffset since, DateTimeOffset seenAt)
    {
        RuleKey = ruleKey;
        Subject = subject;
        ChargePointId = chargePointId;
        ConnectorId = connectorId;
        Since = since;
        LastTrueAt = seenAt;
    }

    public string RuleKey { get; private set; }

    public string Subject { get; private set; }

    public string? ChargePointId { get; private set; }

    public int? ConnectorId { get; private set; }

    public DateTimeOffset Since { get; private set; }

    public DateTimeOffset LastTrueAt { get; private set; }

    /// <summary>The alert this condition fired, once its debounce passed; null while it is still being debounced.</summary>
    public long? AlertId { get; private set; }

    public void Held(DateTimeOffset at)
    {
        if (at > LastTrueAt)
        {
            LastTrueAt = at;
        }
    }

    public void Fired(long alertId) => AlertId = alertId;
}
