namespace EvDashboard.Core.Identity;

/// <summary>
/// One Authorize or StartTransaction and the answer to its idTag, kept so unknown and refused tags can be reviewed
/// (the unknown-tag inbox is built from these records).
/// </summary>
public sealed class AuthorizationRecord
{
    private AuthorizationRecord()
    {
        ChargePointId = string.Empty;
        IdTag = string.Empty;
        Action = string.Empty;
    }

    public const int MaxReasonLength = 200;

    public AuthorizationRecord(
        string chargePointId, string idTag, AuthorizationOutcome outcome, bool isKnownTag, DateTimeOffset at,
        string action = "Authorize", int? connectorId = null, string? reason = null)
    {
        ChargePointId = chargePointId;
        Action = action;
        ConnectorId = connectorId;
        Reason = reason is { Length: > MaxReasonLength } ? reason[..MaxReasonLength] : reason;
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

    /// <summary>The OCPP action that presented the tag: Authorize or StartTransaction.</summary>
    public string Action { get; private set; }

    /// <summary>The connector of a StartTransaction; null for Authorize, which names none.</summary>
    public int? ConnectorId { get; private set; }

    /// <summary>Why a known tag was refused beyond its status, e.g. a spent budget.</summary>
    public string? Reason { get; private set; }
}
