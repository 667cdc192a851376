namespace EvDashboard.Core.Healing;

public enum ContinuationOutcome
{
    /// <summary>RemoteStartTransaction sent and accepted; waiting for the charger's StartTransaction.</summary>
    Requested,

    /// <summary>The new transaction started and was linked to the chain.</summary>
    Started,

    /// <summary>The charger refused the RemoteStartTransaction (after its one retry).</summary>
    Rejected,

    /// <summary>No answer, or no StartTransaction followed in time.</summary>
    TimedOut,

    /// <summary>Not attempted or abandoned: the vehicle left, the window passed, or the attempt limit was reached.</summary>
    Abandoned,
}
