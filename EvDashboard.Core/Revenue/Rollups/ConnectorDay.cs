namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>
/// One connector's site-local day, rolled up from the ledger: energy delivered within the day (spread along each
/// session's register curve), sessions started, failed sessions, and the day's seconds split by state. The state
/// seconds partition the local day (86,400 s; 82,800 or 90,000 on a DST day). Rebuilt whole, never patched.
/// </summary>
public sealed class ConnectorDay
{
    private ConnectorDay()
    {
        ChargePointId = string.Empty;
    }

    public ConnectorDay(string chargePointId, int connectorId, int day)
    {
        ChargePointId = chargePointId;
        ConnectorId = connectorId;
        Day = day;
    }

    public string ChargePointId { get; private set; }

    public int ConnectorId { get; private set; }

    /// <summary>The site-local calendar date as <see cref="DateOnly.DayNumber"/>.</summary>
    public int Day { get; private set; }

    public long EnergyWh { get; set; }

    /// <summary>Sessions that started on this day.</summary>
    public int Sessions { get; set; }

    /// <summary>Sessions started on this day that lasted under a minute or delivered under 100 Wh.</summary>
    public int FailedSessions { get; set; }

    public long ChargingSeconds { get; set; }

    /// <summary>Occupied but not charging: Preparing, SuspendedEV, SuspendedEVSE, Finishing, Reserved.</summary>
    public long OccupiedSeconds { get; set; }

    public long AvailableSeconds { get; set; }

    public long FaultedSeconds { get; set; }

    public long UnavailableSeconds { get; set; }

    /// <summary>The charge point was not connected (from ConnectionEvents); this wins over the last reported status.</summary>
    public long OfflineSeconds { get; set; }

    /// <summary>No status known yet (before the connector's first StatusNotification).</summary>
    public long UnknownSeconds { get; set; }
}
