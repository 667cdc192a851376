namespace EvDashboard.Core.Alerts;

/// <summary>
/// One firing of a rule for one subject (a connector, a charge point, a session, an invoice). At most one alert per
/// rule and subject is unresolved at a time (a unique index), so a condition that holds across a restart or a
/// reconnect never fires twice. Acknowledging keeps who, when and why; resolving keeps when and by what.
/// </summary>
public sealed class Alert
{
    public const int MaxSubjectLength = 120;
    public const int MaxMessageLength = 300;
    public const int MaxDetailLength = 1000;
    public const int MaxNoteLength = 500;

    private Alert()
    {
        RuleKey = Subject = Message = string.Empty;
    }

    /// <param name="subject">What the alert is about, unique within the rule while unresolved, e.g. "CP-1/2" or "invoice:17".</param>
    /// <param name="conditionSince">When the condition began (before the debounce); for a notice, when the event happened.</param>
    public Alert(
        AlertRuleDefinition rule, string subject, AlertSeverity severity, string? chargePointId, int? connectorId, int? transactionId,
        string message, string? detail, DateTimeOffset conditionSince, DateTimeOffset raisedAt)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentException.ThrowIfNullOrEmpty(subject);
        ArgumentException.ThrowIfNullOrEmpty(message);
        RuleKey = rule.Key;
        Subject = Clip(subject, MaxSubjectLength);
        Severity = severity;
        ChargePointId = chargePointId;
        ConnectorId = connectorId;
        TransactionId = transactionId;
        Message = Clip(message, MaxMessageLength);
        Detail = detail is null ? null : Clip(detail, MaxDetailLength);
        ConditionSince = conditionSince;
        RaisedAt = raisedAt;
        IsNotice = rule.IsNotice;
        Status = rule.IsNotice ? AlertStatus.Resolved : AlertStatus.Open;
        ResolvedAt = rule.IsNotice ? raisedAt : null;
    }

    public long Id { get; private set; }

    public string RuleKey { get; private set; }

    public string Subject { get; private set; }

    public AlertSeverity Severity { get; private set; }

    public string? ChargePointId { get; private set; }

    public int? ConnectorId { get; private set; }

    public int? TransactionId { get; private set; }

    public string Message { get; private set; }

    public string? Detail { get; private set; }

    public DateTimeOffset ConditionSince { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    /// <summary>A notice reports an event; it is born resolved and needs no acknowledgement.</summary>
    public bool IsNotice { get; private set; }

    public AlertStatus Status { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public string? AcknowledgedBy { get; private set; }

    public string? AcknowledgeNote { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    /// <summary>Why it resolved: "condition cleared", or the rule switched off, in words.</summary>
    public string? Resolution { get; private set; }

    /// <summary>Acknowledges an open alert; false when it is already acknowledged or resolved (nothing changes).</summary>
    public bool Acknowledge(string by, string? note, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrEmpty(by);
        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed is { Length: > MaxNoteLength })
        {
            throw new ArgumentException($"A note is at most {MaxNoteLength} characters.", nameof(note));
        }

        if (Status != AlertStatus.Open)
        {
            return false;
        }

        Status = AlertStatus.Acknowledged;
        AcknowledgedAt = at;
        AcknowledgedBy = by;
        AcknowledgeNote = trimmed;
        return true;
    }

    /// <summary>Resolves an unresolved alert; false when it already is (a resolution happens once).</summary>
    public bool Resolve(DateTimeOffset at, string resolution)
    {
        ArgumentException.ThrowIfNullOrEmpty(resolution);
        if (Status == AlertStatus.Resolved)
        {
            return false;
        }

        Status = AlertStatus.Resolved;
        ResolvedAt = at;
        Resolution = Clip(resolution, MaxNoteLength);
        return true;
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
