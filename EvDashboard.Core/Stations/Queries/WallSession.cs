namespace EvDashboard.Core.Stations.Queries;

/// <summary>The active session on a connector: what a tile shows while a car charges.</summary>
public sealed record WallSession(int TransactionId, string IdTag, DateTimeOffset StartedAt, long EnergyWh, long? PowerW, int? SocPercent);
