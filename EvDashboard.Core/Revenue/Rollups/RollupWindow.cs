namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>One site-local day in UTC: <see cref="Until"/> is its end, or the build time for today.</summary>
internal sealed record RollupWindow(DateOnly Date, DateTimeOffset Start, DateTimeOffset End, DateTimeOffset Until, IReadOnlyList<RollupHour> Hours)
{
    public int Day => Date.DayNumber;
}
