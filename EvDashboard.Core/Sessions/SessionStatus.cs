namespace EvDashboard.Core.Sessions;

public enum SessionStatus
{
    /// <summary>Started and not yet stopped.</summary>
    Active,

    /// <summary>The charger rebooted, or started another session on the connector, before stopping this one; a late StopTransaction still completes it.</summary>
    Interrupted,

    /// <summary>Stopped by StopTransaction; its energy and end are final.</summary>
    Completed,
}
