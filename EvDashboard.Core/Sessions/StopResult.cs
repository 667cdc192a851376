namespace EvDashboard.Core.Sessions;

public enum StopResult
{
    Completed,

    /// <summary>The same StopTransaction again: nothing changed.</summary>
    Replayed,

    /// <summary>A different stop for a session already completed: recorded as an anomaly, the session unchanged.</summary>
    AlreadyCompleted,

    /// <summary>No session with that transactionId on this charge point: recorded as an anomaly.</summary>
    UnknownTransaction,
}
