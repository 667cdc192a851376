namespace EvDashboard.Core.Identity;

/// <summary>The answer to a driver's token, with the names of OCPP 1.6 AuthorizationStatus (§7.2).</summary>
public enum AuthorizationOutcome
{
    Accepted,
    Blocked,
    Expired,
    Invalid,
    ConcurrentTx,
}
