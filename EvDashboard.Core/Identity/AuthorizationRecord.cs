namespace EvDashboard.Core.Identity;

/// <summary>One Authorize request and its answer, kept so unknown and refused tags can be reviewed.</summary>
public sealed class AuthorizationRecord
{
    private AuthorizationRecord()
    {
        ChargePointId = string.Empty;
        IdTag = string.Empty;
    }

    public AuthorizationRecord(string chargePointId, string idTag, AuthorizationOutcome outcome, bool isKnownTag, DateTimeOffset at)
    {
        ChargePointId = chargePointId;
        IdTag = idTag;
        Outcome = outcome;
        IsKnownTag = isKnownTag;
        At = at;
    }

    public long Id { get; private set; }

    public string ChargePointId { get; private set; }

    public string IdTag { get; private set; }

    public AuthorizationOutcome Outcome { get; private set; }

    public bool IsKnownTag { get; private set; }

    public DateTimeOffset At { get; private set; }
}
