namespace EvDashboard.Core.Stations.Queries;

/// <summary>The session running on a connector, as far as a live tile needs it; <see cref="IdTag"/> is raw — mask it on pages.</summary>
public sealed record RunningSession(int TransactionId, string IdTag, DateTimeOffset StartedAt, long EnergyWh, long? PowerW, int? SocPercent);
