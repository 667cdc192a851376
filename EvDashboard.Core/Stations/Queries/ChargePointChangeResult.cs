namespace EvDashboard.Core.Stations.Queries;

public enum ChargePointChangeResult
{
    Created,
    Updated,
    Deleted,
    NotFound,

    /// <summary>A charge point with that id already exists.</summary>
    AlreadyExists,

    /// <summary>The charge point is connected; it cannot be deleted under its own feet.</summary>
    Online,

    /// <summary>The charge point has charging sessions, which are the ledger and are never deleted.</summary>
    HasSessions,

    /// <summary>Security profile 1 or 2 was asked for a charge point without a key.</summary>
    KeyRequired,
}
