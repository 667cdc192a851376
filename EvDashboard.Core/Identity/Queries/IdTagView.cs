namespace EvDashboard.Core.Identity.Queries;

/// <summary>An idTag as an operator administers it; <see cref="MaxConcurrentSessions"/> null means no limit; the owner's notification settings last.</summary>
public sealed record IdTagView(
    string IdTag,
    IdTagStatus Status,
    DateTimeOffset? ExpiresAt,
    string? ParentIdTag,
    int? MaxConcurrentSessions,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IdTagType Type,
    string? OwnerName,
    TagBudget? Budget,
    string? OwnerEmail = null,
    string? OwnerWebhookUrl = null,
    bool NotifyOwner = false);
