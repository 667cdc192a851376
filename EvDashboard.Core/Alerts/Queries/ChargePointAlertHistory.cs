namespace EvDashboard.Core.Alerts.Queries;

/// <summary>A charge point's alerts: every unresolved one (however old) and the most recently resolved ones, newest first.</summary>
public sealed record ChargePointAlertHistory(IReadOnlyList<AlertRow> Unresolved, IReadOnlyList<AlertRow> Resolved);
