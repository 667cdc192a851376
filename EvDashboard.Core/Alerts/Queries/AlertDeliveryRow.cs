namespace EvDashboard.Core.Alerts.Queries;

/// <summary>One queued message of an alert: where it went, on which channel, and whether it was sent or why not.</summary>
public sealed record AlertDeliveryRow(
    long Id,
    DeliveryChannel Channel,
    DeliveryAudience Audience,
    AlertDeliveryEvent Event,
    string Target,
    AlertDeliveryStatus Status,
    int Attempts,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? SentAt);
