namespace EvDashboard.Core.Sessions.Queries;

/// <summary>Which sessions to list, newest first; <see cref="From"/> and <see cref="To"/> bound the start time (inclusive).</summary>
public sealed record SessionFilter(
    string? ChargePointId = null,
    SessionStatus? Status = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Limit = SessionFilter.DefaultLimit,
    int Offset = 0)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;
}
