using EvDashboard.Core.Sessions.Estimation;

namespace EvDashboard.Core.Sessions.Queries;

/// <summary>The recent SoC and energy register samples of one session, ascending by the charger's timestamp.</summary>
internal sealed record SessionTrend(IReadOnlyList<SocPoint> Soc, IReadOnlyList<EnergyPoint> Energy)
{
    public static readonly SessionTrend Empty = new([], []);
}
