namespace EvDashboard.Core.Alerts.Engine;

/// <summary>What one evaluation pass did.</summary>
internal sealed record AlertPassResult(int Raised, int Resolved, int Watching);
