namespace EvDashboard.Core.Stations.Queries;

public enum KeyChangeStatus
{
    /// <summary>The charge point is not connected: the new key is stored and must be entered at the charger.</summary>
    Set,

    /// <summary>The charger accepted the new AuthorizationKey and the stored key was switched; the old one stops working.</summary>
    Rotated,

    /// <summary>The charger did not accept it (answer, CALLERROR, timeout, lost connection): the old key stays.</summary>
    NotSwitched,

    NotFound,
}
