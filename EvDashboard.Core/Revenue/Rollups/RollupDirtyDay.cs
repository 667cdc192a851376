namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>
/// A site-local day whose rollups must be recomputed because late data arrived for it (an offline-buffered
/// MeterValues, a stop, a late status change). Written in the same transaction as the data, so a crash loses no mark.
/// </summary>
public sealed class RollupDirtyDay
{
    private RollupDirtyDay()
    {
    }

    public RollupDirtyDay(int day, DateTimeOffset markedAt)
    {
        Day = day;
        MarkedAt = markedAt;
    }

    /// <summary>The site-local calendar date as <see cref="DateOnly.DayNumber"/>.</summary>
    public int Day { get; private set; }

    public DateTimeOffset MarkedAt { get; private set; }
}
