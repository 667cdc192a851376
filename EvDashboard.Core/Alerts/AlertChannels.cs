namespace EvDashboard.Core.Alerts;

/// <summary>Where a rule's alerts go to operators. In-app is the live feed (page, badge, banner, wall ticker).</summary>
[Flags]
public enum AlertChannels
{
    None = 0,
    InApp = 1,
    Email = 2,
    Webhook = 4,
}
