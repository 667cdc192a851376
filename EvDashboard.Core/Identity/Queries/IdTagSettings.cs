namespace EvDashboard.Core.Identity.Queries;

/// <summary>What an operator sets on an idTag (checked by <see cref="IdTag.Update"/>).</summary>
public sealed record IdTagSettings(IdTagStatus Status, DateTimeOffset? ExpiresAt, string? ParentIdTag, int? MaxConcurrentSessions);
