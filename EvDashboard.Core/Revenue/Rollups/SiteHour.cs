namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>
/// The whole site's site-local hour, for the weekday × hour heatmap. Keyed by the hour's start in UTC, so the repeated
/// hour of an autumn DST change is two rows and zones with half-hour offsets group exactly.
/// </summary>
public sealed class SiteHour
{
    private SiteHour()
    {
    }

    public SiteHour(DateTimeOffset startUtc, int day, int localHour, int weekday)
    {
        StartUtc = startUtc;
        Day = day;
        LocalHour = localHour;
        Weekday = weekday;
    }

    public DateTimeOffset StartUtc { get; private set; }

    /// <summary>The site-local calendar date as <see cref="DateOnly.DayNumber"/>.</summary>
    public int Day { get; private set; }

    /// <summary>0–23, the local clock hour.</summary>
    public int LocalHour { get; private set; }

    /// <summary>0 = Monday … 6 = Sunday (ISO order).</summary>
    public int Weekday { get; private set; }

    public long EnergyWh { get; set; }

    public int SessionsStarted { get; set; }

    /// <summary>Connector-seconds Charging or occupied (any state between plug-in and unplug).</summary>
    public long OccupiedSeconds { get; set; }

    /// <summary>Connector-seconds with a known state while the charge point was online: the denominator of occupancy.</summary>
    public long ObservedSeconds { get; set; }
}
