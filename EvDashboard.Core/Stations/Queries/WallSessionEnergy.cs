namespace EvDashboard.Core.Stations.Queries;

/// <summary>
/// A session that delivered energy today (site zone). <see cref="EnergyBeforeTodayWh"/> is what it had delivered
/// by the site's midnight, so today's share is <c>EnergyWh − EnergyBeforeTodayWh</c>; live updates move only EnergyWh.
/// </summary>
public sealed record WallSessionEnergy(int TransactionId, long EnergyWh, long EnergyBeforeTodayWh)
{
    public long TodayWh => Math.Max(0, EnergyWh - EnergyBeforeTodayWh);
}
