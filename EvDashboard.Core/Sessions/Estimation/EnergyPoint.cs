namespace EvDashboard.Core.Sessions.Estimation;

/// <summary>An energy register reading (Energy.Active.Import.Register, whole Wh) at the charger's timestamp.</summary>
public readonly record struct EnergyPoint(DateTimeOffset At, long Wh);
