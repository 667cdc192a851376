namespace EvDashboard.Core.Alerts;

/// <summary>What a delivery announces.</summary>
public enum AlertDeliveryEvent
{
    Raised,
    Resolved,

    /// <summary>An operator's "send test" from the settings page; it belongs to no alert.</summary>
    Test,
}
