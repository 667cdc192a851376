namespace EvDashboard.Core.Sessions.Queries;

/// <summary>
/// Which sessions the history shows. <see cref="From"/> (inclusive) and <see cref="Until"/> (exclusive) bound the
/// start time in UTC — the page turns the site's local dates into these with SiteClock. <see cref="IdTag"/> matches
/// case-insensitively (OCPP 1.6 §7.28: IdToken is case-insensitive), exactly or as a prefix.
/// </summary>
public sealed record SessionHistoryFilter
{
    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? Until { get; init; }

    public string? ChargePointId { get; init; }

    public string? IdTag { get; init; }

    public bool IdTagPrefix { get; init; }

    public SessionStatus? Status { get; init; }
}
