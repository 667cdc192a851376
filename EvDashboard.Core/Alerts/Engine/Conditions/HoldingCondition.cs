namespace EvDashboard.Core.Alerts.Engine.Conditions;

/// <summary>A rule's condition seen holding now for one subject, with what the alert will say if it fires.</summary>
/// <param name="Since">When the condition began (the debounce counts from here); null when the source cannot tell (then: now).</param>
internal sealed record HoldingCondition(
    string Subject,
    string? ChargePointId,
    int? ConnectorId,
    int? TransactionId,
    DateTimeOffset? Since,
    string Message,
    string? Detail = null);
