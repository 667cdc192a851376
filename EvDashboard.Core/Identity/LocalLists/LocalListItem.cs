namespace EvDashboard.Core.Identity.LocalLists;

/// <summary>An idTag and its IdTagInfo as the Local Authorization List carries it (OCPP 1.6 §7.1 AuthorizationData).</summary>
public sealed record LocalListItem(string IdTag, AuthorizationOutcome Status, DateTimeOffset? ExpiresAt, string? ParentIdTag);
