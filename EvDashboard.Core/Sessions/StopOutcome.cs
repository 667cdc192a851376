namespace EvDashboard.Core.Sessions;

public enum StopOutcome
{
    Completed,

    /// <summary>The session was already completed (a replayed StopTransaction): nothing changed.</summary>
    AlreadyCompleted,
}
