namespace EvDashboard.Core.Sessions.Queries;

/// <summary>The order of the history; ties are broken by transaction id in the same direction.</summary>
public sealed record SessionHistorySort(SessionHistoryOrder By = SessionHistoryOrder.StartedAt, bool Descending = true)
{
    public static readonly SessionHistorySort Newest = new();
}
