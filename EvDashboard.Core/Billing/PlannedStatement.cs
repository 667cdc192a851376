namespace EvDashboard.Core.Billing;

/// <summary>One statement an invoice run will issue: its key, the idTag or group value, and its sessions (one currency).</summary>
internal sealed record PlannedStatement(string IssueKey, string Value, IReadOnlyList<PricedSession> Sessions);
