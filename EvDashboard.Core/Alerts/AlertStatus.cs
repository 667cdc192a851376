namespace EvDashboard.Core.Alerts;

/// <summary>An alert's life: raised Open, perhaps Acknowledged by an operator, Resolved when its condition clears.</summary>
public enum AlertStatus
{
    Open,
    Acknowledged,
    Resolved,
}
