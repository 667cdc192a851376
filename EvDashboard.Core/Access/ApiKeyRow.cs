namespace EvDashboard.Core.Access;

/// <summary>An API key as the admin page lists it: never the secret, only its first characters.</summary>
public sealed record ApiKeyRow(
    long Id, string Name, string Role, string Hint, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt,
    DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);
