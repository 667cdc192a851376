namespace EvDashboard.Core.Tariffs.Calculation;

/// <summary>
/// What the calculator prices: the session's start and end (its stop, or "now" while it runs), the energy
/// register at both, the register readings in between and the connector's status changes (including the
/// last one before the start, which gives the status the session began in).
/// </summary>
public sealed record SessionTimeline(
    DateTimeOffset StartedAt,
    long MeterStartWh,
    DateTimeOffset EndedAt,
    long MeterEndWh,
    IReadOnlyList<EnergyReading> Readings,
    IReadOnlyList<StatusPoint> Statuses);
