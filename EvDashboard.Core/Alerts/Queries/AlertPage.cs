namespace EvDashboard.Core.Alerts.Queries;

/// <summary>One page of alerts and how many match the filter in all.</summary>
public sealed record AlertPage(IReadOnlyList<AlertRow> Rows, int Total);
