namespace EvDashboard.Core.Sessions.Queries;

public enum SessionHistoryOrder
{
    StartedAt,

    /// <summary>The stop, or the interruption for an interrupted session; running sessions have none.</summary>
    EndedAt,

    Energy,

    Duration,
}
