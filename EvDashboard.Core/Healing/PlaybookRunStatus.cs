namespace EvDashboard.Core.Healing;

public enum PlaybookRunStatus
{
    Running,

    /// <summary>The problem went away (by a step or by itself).</summary>
    Succeeded,

    /// <summary>The last step was taken and the problem is still there: a person is needed.</summary>
    GaveUp,

    /// <summary>Stopped: switched off for the charge point, or its trigger no longer applies.</summary>
    Cancelled,
}
