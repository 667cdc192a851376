namespace EvDashboard.Core.Stations.Queries;

/// <summary>One line of the wall's events ticker. The idTag is raw here; pages mask it.</summary>
public sealed record WallEvent(
    DateTimeOffset At,
    WallEventKind Kind,
    string ChargePointId,
    int ConnectorId,
    ConnectorStatus? Status = null,
    string? ErrorCode = null,
    string? IdTag = null,
    long? EnergyWh = null)
{
    /// <summary>
    /// Whether a status change is news for the ticker: Charging and Finishing are left out because the session
    /// started/completed lines that come with them say more.
    /// </summary>
    public static bool IsTickerStatus(ConnectorStatus status) => status is not (ConnectorStatus.Charging or ConnectorStatus.Finishing);
}
