namespace EvDashboard.Core.Access.Queries;

/// <summary>A valid API key (with its role) or display token (with its optional site).</summary>
public sealed record AccessGrant(long Id, string Name, string? Role, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt, string? Site);
