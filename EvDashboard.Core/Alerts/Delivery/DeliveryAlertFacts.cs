namespace EvDashboard.Core.Alerts.Delivery;

/// <summary>The alert a delivery announces, as a webhook receiver and the e-mail's colour need it.</summary>
public sealed record DeliveryAlertFacts(
    long Id,
    AlertSeverity Severity,
    string? ChargePointId,
    int? ConnectorId,
    int? TransactionId,
    AlertStatus Status,
    DateTimeOffset RaisedAt,
    DateTimeOffset? ResolvedAt);
