namespace EvDashboard.Core.Alerts;

/// <summary>How urgent an alert is. Critical ones show as a banner on every page.</summary>
public enum AlertSeverity
{
    Info,
    Warning,
    Critical,
}
