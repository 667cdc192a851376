namespace EvDashboard.Core.Identity;

/// <summary>
/// What the central system decided about an idTag; becomes OCPP's IdTagInfo. <see cref="Reason"/> tells operators
/// why a known tag was refused when its status alone does not (a spent budget); OCPP has no field for it.
/// </summary>
public sealed record AuthorizationDecision(AuthorizationOutcome Outcome, DateTimeOffset? ExpiresAt, string? ParentIdTag, bool IsKnownTag, string? Reason = null)
{
    public static AuthorizationDecision Unknown { get; } = new(AuthorizationOutcome.Invalid, null, null, false);
}
