namespace EvDashboard.Core.Alerts.Queries;

/// <summary>One alert as the pages and the API show it, with who acknowledged it and why it resolved.</summary>
public sealed record AlertRow(
    long Id,
    string RuleKey,
    AlertSeverity Severity,
    AlertStatus Status,
    string? ChargePointId,
    int? ConnectorId,
    int? TransactionId,
    string Message,
    string? Detail,
    bool IsNotice,
    DateTimeOffset ConditionSince,
    DateTimeOffset RaisedAt,
    DateTimeOffset? AcknowledgedAt,
    string? AcknowledgedBy,
    string? AcknowledgeNote,
    DateTimeOffset? ResolvedAt,
    string? Resolution)
{
    /// <summary>The rule's title in words ("Connector faulted"), or the key of a rule this version no longer knows.</summary>
    public string RuleTitle => AlertRuleCatalog.Find(RuleKey)?.Title ?? RuleKey;
}
