namespace EvDashboard.Core.Tariffs.Calculation;

/// <summary>An Energy.Active.Import.Register reading (cumulative Wh) at the charger's timestamp.</summary>
public readonly record struct EnergyReading(DateTimeOffset At, long RegisterWh);
