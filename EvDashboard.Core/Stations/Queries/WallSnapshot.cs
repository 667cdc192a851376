namespace EvDashboard.Core.Stations.Queries;

/// <summary>Everything the wall display needs at load time; live events move it on from there.</summary>
/// <param name="TodayStartsAt">The UTC instant of the site's midnight that <paramref name="EnergyToday"/> counts from.</param>
public sealed record WallSnapshot(
    IReadOnlyList<WallConnector> Connectors,
    IReadOnlyList<WallSessionEnergy> EnergyToday,
    IReadOnlyList<WallEvent> Events,
    DateTimeOffset TodayStartsAt);
