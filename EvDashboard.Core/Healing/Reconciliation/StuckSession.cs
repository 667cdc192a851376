namespace EvDashboard.Core.Healing.Reconciliation;

/// <summary>A session the reconciler found open with no StopTransaction coming: its reason code and why, in words.</summary>
internal sealed record StuckSession(int TransactionId, string Reason, string Why);
