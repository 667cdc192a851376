namespace EvDashboard.Core.Alerts.Queries;

/// <summary>One alert with every message queued for it, oldest first.</summary>
public sealed record AlertDetail(AlertRow Alert, IReadOnlyList<AlertDeliveryRow> Deliveries);
