namespace EvDashboard.Core.Stations.Queries;

/// <summary>A charge point for its detail page: what it said at boot (<see cref="Info"/>) and its live state.</summary>
public sealed record StationDetail(ChargePointView Info, StationState Live);
