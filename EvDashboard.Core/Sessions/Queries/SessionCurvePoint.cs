namespace EvDashboard.Core.Sessions.Queries;

/// <summary>
/// One point of a session's curve: energy delivered so far (Wh, from meterStart), power (W: the charger's
/// Power.Active.Import, else derived from the energy register) and SoC (%); null where the charger sent nothing.
/// </summary>
public sealed record SessionCurvePoint(DateTimeOffset Timestamp, long? EnergyWh, long? PowerW, int? SocPercent);
