namespace EvDashboard.Core.Stations;

public enum AdmissionResult
{
    Admitted,

    /// <summary>Admitted and created just now (policy Accept).</summary>
    AdmittedAsNew,

    /// <summary>Admitted, but not approved yet (policy PendingApproval): BootNotification answers Pending.</summary>
    AdmittedPending,

    /// <summary>Not in the database and the policy is Reject: the handshake gets 404.</summary>
    Unknown,

    /// <summary>Its profile needs a key and the Basic credentials are missing or wrong: 401.</summary>
    Unauthorized,

    /// <summary>Rejected by an operator, or profile 2 over plain ws: 403 (credentials would not help).</summary>
    Forbidden,
}
