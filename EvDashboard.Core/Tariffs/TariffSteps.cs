namespace EvDashboard.Core.Tariffs;

/// <summary>
/// Billing increments: each priced quantity is rounded up to a whole number of steps (time per started
/// minute: ChargingTimeSeconds 60; energy per Wh: EnergyWh 1).
/// </summary>
public sealed record TariffSteps(long EnergyWh = 1, int ChargingTimeSeconds = 1, int IdleSeconds = 60);
