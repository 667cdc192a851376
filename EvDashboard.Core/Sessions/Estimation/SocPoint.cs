namespace EvDashboard.Core.Sessions.Estimation;

/// <summary>A state-of-charge sample (OCPP 1.6 measurand SoC, whole percent) at the charger's timestamp.</summary>
public readonly record struct SocPoint(DateTimeOffset At, int Percent);
