namespace EvDashboard.Core.Tariffs.Queries;

/// <summary>A sample session for the cost preview: when it starts (site-local), what it delivers, how long it charges and then stays plugged in.</summary>
public sealed record CostPreviewInput(DateTime LocalStart, long EnergyWh, int ChargingMinutes, int IdleMinutes);
