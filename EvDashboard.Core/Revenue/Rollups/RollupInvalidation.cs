using EvDashboard.Core.Data;
using EvDashboard.Core.Sites;

namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>
/// Marks earlier site-local days whose rollups late data has changed, inside the unit of work that stores the data (a
/// crash loses no mark). Data for today costs one comparison and no write: the worker recomputes today on every pass.
/// </summary>
public sealed class RollupInvalidation(SiteClock clock, TimeProvider time)
{
    /// <summary>A charger clock decades off must not mark thousands of days; no report looks further back than this.</summary>
    public const int MaxDaysBack = 3660;

    // Upsert, not INSERT OR IGNORE: a newer MarkedAt keeps the mark alive when a pass that read the day before this data
    // removes the marks it had seen (those no newer than its start).
    private const string Mark = "INSERT INTO RollupDirtyDays (Day, MarkedAt) VALUES (?1, ?2) ON CONFLICT (Day) DO UPDATE SET MarkedAt = excluded.MarkedAt";

    private (DateTimeOffset Start, DateTimeOffset End, DateOnly Date) _today;

    /// <summary>Marks every local day from the day of <paramref name="fromUtc"/> up to yesterday; nothing when it is today.</summary>
    public void MarkFrom(WriteScope scope, DateTimeOffset fromUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var now = time.GetUtcNow();
        var today = Today(now);
        if (fromUtc >= today.Start)
        {
            return;
        }

        var first = RollupCalendar.DateOf(fromUtc, clock.Zone).DayNumber;
        var last = today.Date.DayNumber - 1;
        var statement = scope.Statement(Mark);
        for (var day = Math.Max(first, last - MaxDaysBack); day <= last; day++)
        {
            statement.Bind(1, day);
            statement.Bind(2, now.UtcTicks);
            statement.Execute(cancellationToken);
        }
    }

    /// <summary>
    /// Today's bounds, cached until the day turns (time zone conversion is the costly part of the hot-path check). Only units of
    /// work call this, and the writer runs them one at a time, so the cache needs no lock.
    /// </summary>
    private (DateTimeOffset Start, DateTimeOffset End, DateOnly Date) Today(DateTimeOffset now)
    {
        var today = _today;
        if (now >= today.Start && now < today.End)
        {
            return today;
        }

        var date = RollupCalendar.DateOf(now, clock.Zone);
        today = (RollupCalendar.StartOf(date, clock.Zone), RollupCalendar.StartOf(date.AddDays(1), clock.Zone), date);
        _today = today;
        return today;
    }
}
