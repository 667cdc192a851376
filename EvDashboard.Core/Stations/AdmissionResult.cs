namespace EvDashboard.Core.Stations;

public enum AdmissionResult
{
    Admitted,

    /// <summary>Admitted and created just now (policy Accept).</summary>
    AdmittedAsNew,

    /// <summary>Not in the database and the policy is Reject: the handshake gets 404.</summary>
    Unknown,

    /// <summary>A key is set and the presented Basic credentials are missing or wrong: 401.</summary>
    Unauthorized,
}
