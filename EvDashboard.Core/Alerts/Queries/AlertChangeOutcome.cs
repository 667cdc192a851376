namespace EvDashboard.Core.Alerts.Queries;

public enum AlertChangeOutcome
{
    Changed,

    /// <summary>No such alert, rule or charge point.</summary>
    NotFound,

    /// <summary>A value was refused; nothing was stored.</summary>
    Invalid,

    /// <summary>The alert is no longer open (acknowledged or resolved already); nothing changed.</summary>
    Conflict,
}
