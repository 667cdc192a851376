namespace EvDashboard.Core.Identity;

/// <summary>What the central system decided about an idTag; becomes OCPP's IdTagInfo.</summary>
public sealed record AuthorizationDecision(AuthorizationOutcome Outcome, DateTimeOffset? ExpiresAt, string? ParentIdTag, bool IsKnownTag)
{
    public static AuthorizationDecision Unknown { get; } = new(AuthorizationOutcome.Invalid, null, null, false);
}
