namespace EvDashboard.Core.Seeding;

/// <summary>
/// A seeded connector and what the seeder remembers of it between sessions: its energy register (which only grows)
/// and the moment it is free for the next driver.
/// </summary>
internal sealed class SeedConnector(string chargePointId, int connectorId, bool isDc, int maxPowerW)
{
    public string ChargePointId { get; } = chargePointId;

    public int ConnectorId { get; } = connectorId;

    public bool IsDc { get; } = isDc;

    public int MaxPowerW { get; } = maxPowerW;

    public long RegisterWh { get; set; }

    public DateTimeOffset FreeAt { get; set; }
}
