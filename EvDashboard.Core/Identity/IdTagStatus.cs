namespace EvDashboard.Core.Identity;

/// <summary>The status an operator gives an idTag; the OCPP answer may still say Expired or ConcurrentTx.</summary>
public enum IdTagStatus
{
    Accepted,
    Blocked,
    Expired,
    Invalid,
}
