namespace EvDashboard.Core.Alerts;

/// <summary>An event another part of the system reports as an alert (a session continued, a session closed by the system).</summary>
/// <param name="Subject">Unique within the rule for an unresolved alert; for a notice, usually the transaction ("tx:42").</param>
public sealed record AlertNotice(
    string RuleKey,
    string Subject,
    string? ChargePointId,
    int? ConnectorId,
    int? TransactionId,
    string Message,
    string? Detail,
    DateTimeOffset At);
