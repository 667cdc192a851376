using EvDashboard.Core.Stations;

namespace EvDashboard.Core.Tariffs.Calculation;

/// <summary>A connector status change at the charger's timestamp.</summary>
public readonly record struct StatusPoint(DateTimeOffset At, ConnectorStatus Status);
