namespace EvDashboard.Core.Alerts.Queries;

/// <summary>A charge point's automatic actions and the alert rules switched off for it.</summary>
public sealed record ChargePointAutomation(string ChargePointId, bool Playbooks, bool Continuation, IReadOnlyList<string> ExcludedRules);
