namespace EvDashboard.Core.Access;

/// <summary>A display token as the admin page lists it: never the secret, only its first characters.</summary>
public sealed record DisplayTokenRow(
    long Id, string Name, string? Site, string Hint, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt,
    DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);
